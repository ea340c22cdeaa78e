// China UnionPay (银联) online/QR payment specification 5.1.0, signMethod 01: the fields except
// `signature` sorted by key and joined `k=v&…`; SHA-256 of that as lower-case hex; the hex signed
// SHA256withRSA; base64. `certId` names the signing certificate by its serial number (decimal).
// The B2B corporate gateway (bizType 000202) uses the same scheme.

import {
  createHash,
  createSign,
  createVerify,
  type KeyObject,
  type X509Certificate,
} from 'node:crypto';
import { formatBeijingTime, fromBeijingTime } from '@pvis/config';
import { decimalSerial } from './pem';
import { NotificationRefused } from './types';

export type UnionPayFields = Record<string, string>;

export const unionPaySignedString = (fields: UnionPayFields) =>
  Object.keys(fields)
    .filter((key) => key !== 'signature')
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');

const digestHex = (fields: UnionPayFields) =>
  createHash('sha256').update(unionPaySignedString(fields), 'utf8').digest('hex');

/** The fields plus signMethod, certId and signature, signed with the holder's key. */
export function signUnionPayFields(
  fields: UnionPayFields,
  privateKey: KeyObject,
  certificate: X509Certificate,
): UnionPayFields {
  const unsigned = { ...fields, signMethod: '01', certId: decimalSerial(certificate) };
  const signature = createSign('RSA-SHA256')
    .update(digestHex(unsigned), 'utf8')
    .sign(privateKey, 'base64');
  return { ...unsigned, signature };
}

/**
 * Checks a signed message against the certificates we trust (by certId). When the message
 * carries its own `signPubKeyCert` (5.1.0) it must be one of those same certificates: we pin,
 * so a message cannot bring the certificate that vouches for it.
 */
export function verifyUnionPayFields(
  fields: UnionPayFields,
  trusted: Map<string, X509Certificate>,
): void {
  if (!fields.signature || !fields.certId) {
    throw new NotificationRefused('malformed', 'missing signature or certId');
  }
  if (fields.signMethod !== '01') {
    throw new NotificationRefused('malformed', `signMethod ${fields.signMethod} is not 01`);
  }
  const certificate = trusted.get(fields.certId);
  if (!certificate)
    throw new NotificationRefused('unknownCertificate', `unknown certId ${fields.certId}`);
  if (fields.signPubKeyCert && !samePem(fields.signPubKeyCert, certificate)) {
    throw new NotificationRefused(
      'unknownCertificate',
      'signPubKeyCert is not a trusted certificate',
    );
  }
  let valid = false;
  try {
    valid = createVerify('RSA-SHA256')
      .update(digestHex(fields), 'utf8')
      .verify(certificate.publicKey, fields.signature, 'base64');
  } catch {
    valid = false;
  }
  if (!valid) throw new NotificationRefused('badSignature', 'UnionPay signature does not verify');
}

const samePem = (pem: string, certificate: X509Certificate) => {
  try {
    return (
      new (certificate.constructor as typeof X509Certificate)(pem).fingerprint256 ===
      certificate.fingerprint256
    );
  } catch {
    return false;
  }
};

/** `yyyyMMddHHmmss` in China time, UnionPay's txnTime. */
export const unionPayTime = (date: Date) => formatBeijingTime(date, 'YYYYMMDDHHmmss');

export function parseUnionPayTime(text: string | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return fromBeijingTime(y!, mo!, d!, h, mi, s);
}
