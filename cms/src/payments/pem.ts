// Keys and certificates come from the environment as PEM text (newlines may be written `\n`)
// or as a path to a PEM file, so secrets can live in a mounted file instead of the env.
// Private keys: PKCS#8 (`BEGIN PRIVATE KEY`, what Alipay's key tool writes for Java) or PKCS#1
// (`BEGIN RSA PRIVATE KEY`, what it writes for other languages), armoured or bare base64.
import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function pemText(value: string): string {
  const text = value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8');
  return text.replace(/\\n/g, '\n');
}

const isBareBase64 = (value: string) => /^[A-Za-z0-9+/=\s]+$/.test(value) && value.length > 64;

/** The key text itself: the value, or the file it names (which may hold PEM or bare base64). */
function keyText(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes('-----BEGIN')) return trimmed.replace(/\\n/g, '\n');
  if (isBareBase64(trimmed) && !existsSync(trimmed)) return trimmed;
  return readFileSync(trimmed, 'utf8').trim();
}

/** The first of the DER encodings that parses; each is tried because bare base64 names none. */
function fromDer<T>(der: Buffer, attempts: ((der: Buffer) => T)[]): T | null {
  for (const attempt of attempts) {
    try {
      return attempt(der);
    } catch {
      // the next encoding
    }
  }
  return null;
}

const KEY_FORMATS =
  'PEM (BEGIN PRIVATE KEY = PKCS#8, or BEGIN RSA PRIVATE KEY = PKCS#1), bare base64 of either, or a path to such a file';

/** A private key in any of the accepted formats; `setting` names it in the start-up error. */
export function privateKeyFrom(value: string, setting = 'private key'): KeyObject {
  try {
    const trimmed = keyText(value);
    if (!trimmed.includes('-----BEGIN')) {
      const key = fromDer(Buffer.from(trimmed.replace(/\s+/g, ''), 'base64'), [
        (der) => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
        (der) => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }),
      ]);
      if (key) return key;
      throw new Error('neither PKCS#8 nor PKCS#1 DER');
    }
    return createPrivateKey(trimmed);
  } catch (error) {
    throw new Error(
      `${setting} is not a readable RSA private key (${(error as Error).message}); expected ${KEY_FORMATS}`,
    );
  }
}

/** A public key: SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`), PEM or bare base64. */
export function publicKeyFrom(value: string, setting = 'public key'): KeyObject {
  try {
    const trimmed = keyText(value);
    if (!trimmed.includes('-----BEGIN')) {
      const key = fromDer(Buffer.from(trimmed.replace(/\s+/g, ''), 'base64'), [
        (der) => createPublicKey({ key: der, format: 'der', type: 'spki' }),
        (der) => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }),
      ]);
      if (key) return key;
      throw new Error('neither SPKI nor PKCS#1 DER');
    }
    return createPublicKey(trimmed);
  } catch (error) {
    throw new Error(
      `${setting} is not a readable RSA public key (${(error as Error).message}); expected PEM (BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY), bare base64 of either, or a path to such a file`,
    );
  }
}

export const certificateFrom = (value: string) => new X509Certificate(pemText(value));

/** UnionPay names certificates by serial number in decimal (`certId`). */
export const decimalSerial = (certificate: X509Certificate) =>
  BigInt(`0x${certificate.serialNumber}`).toString(10);
