// Keys and certificates come from the environment as PEM text (newlines may be written `\n`)
// or as a path to a PEM file, so secrets can live in a mounted file instead of the env.
import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function pemText(value: string): string {
  const text = value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8');
  return text.replace(/\\n/g, '\n');
}

/** Alipay's key tool prints bare base64 (no PEM armour): accept that too. */
function armoured(value: string, label: 'PRIVATE KEY' | 'PUBLIC KEY'): string {
  const trimmed = value.trim();
  if (trimmed.includes('-----BEGIN') || !/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) return pemText(value);
  const body = trimmed.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

export const privateKeyFrom = (value: string): KeyObject =>
  createPrivateKey(armoured(value, 'PRIVATE KEY'));

export const publicKeyFrom = (value: string): KeyObject =>
  createPublicKey(armoured(value, 'PUBLIC KEY'));

export const certificateFrom = (value: string) => new X509Certificate(pemText(value));

/** UnionPay names certificates by serial number in decimal (`certId`). */
export const decimalSerial = (certificate: X509Certificate) =>
  BigInt(`0x${certificate.serialNumber}`).toString(10);
