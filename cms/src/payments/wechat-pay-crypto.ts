// WeChat Pay API v3 cryptography, both directions (the sandbox plays WeChat with the same code):
// - messages are signed SHA256withRSA over lines each ending in `\n`
//   (notification/response: timestamp, nonce, body; request: method, path, timestamp, nonce, body);
// - resources are AEAD_AES_256_GCM with the merchant's 32-byte APIv3 key, the 16-byte tag
//   appended to the ciphertext, base64.
import {
  createCipheriv,
  createDecipheriv,
  createSign,
  createVerify,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { NotificationRefused } from './types';

export const signedMessage = (...lines: string[]) => lines.map((line) => `${line}\n`).join('');

export function signMessage(message: string, privateKey: KeyObject): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
}

export function verifyMessage(message: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

export interface EncryptedResource {
  algorithm: 'AEAD_AES_256_GCM';
  ciphertext: string;
  associated_data: string;
  nonce: string;
  original_type: string;
}

function apiV3Key(key: string): Buffer {
  const bytes = Buffer.from(key, 'utf8');
  if (bytes.length !== 32) throw new RangeError('the WeChat Pay APIv3 key is 32 bytes');
  return bytes;
}

export function decryptResource(resource: EncryptedResource, key: string): string {
  if (resource?.algorithm !== 'AEAD_AES_256_GCM') {
    throw new NotificationRefused('malformed', `resource algorithm ${resource?.algorithm}`);
  }
  try {
    const data = Buffer.from(resource.ciphertext, 'base64');
    if (data.length <= 16) throw new Error('ciphertext shorter than its tag');
    const decipher = createDecipheriv('aes-256-gcm', apiV3Key(key), resource.nonce);
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([
      decipher.update(data.subarray(0, data.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch (error) {
    throw new NotificationRefused(
      'decryptFailed',
      `resource does not decrypt: ${(error as Error).message}`,
    );
  }
}

export function encryptResource(
  plaintext: string,
  key: string,
  associatedData: string,
  originalType: string,
): EncryptedResource {
  const nonce = randomBytes(9).toString('base64url').slice(0, 12);
  const cipher = createCipheriv('aes-256-gcm', apiV3Key(key), nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([
    cipher.update(plaintext, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return {
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: body.toString('base64'),
    associated_data: associatedData,
    nonce,
    original_type: originalType,
  };
}

export const nonceString = () => randomBytes(16).toString('hex').toUpperCase();

/** The `Authorization` header of a merchant's API request. */
export function authorizationHeader(input: {
  mchId: string;
  serialNo: string;
  privateKey: KeyObject;
  method: string;
  pathWithQuery: string;
  body: string;
  timestamp?: number;
  nonce?: string;
}): string {
  const timestamp = String(input.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = input.nonce ?? nonceString();
  const signature = signMessage(
    signedMessage(input.method.toUpperCase(), input.pathWithQuery, timestamp, nonce, input.body),
    input.privateKey,
  );
  return `WECHATPAY2-SHA256-RSA2048 mchid="${input.mchId}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${input.serialNo}"`;
}
