import crypto from 'node:crypto';

/**
 * The Ed25519 keys of the signed badge code (docs/badge-code.md), from the environment:
 * BADGE_SIGNING_KEY (base64 of the 32-byte seed) with its id BADGE_SIGNING_KEY_ID signs new
 * badges; BADGE_PUBLIC_KEYS (`id:base64,id:base64`) lists every key the gate trusts, so badges
 * signed before a rotation stay valid. The signing key's own public half is always trusted.
 */

// Raw 32-byte Ed25519 keys wrapped in the DER headers node:crypto reads (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface BadgeKeys {
  /** The id new badges are signed with; null when no signing key is set. */
  signingKeyId: number | null;
  hasKey(keyId: number): boolean;
  sign(keyId: number, signedBytes: Uint8Array): Uint8Array;
  verify(keyId: number, signedBytes: Uint8Array, signature: Uint8Array): boolean;
}

type Env = Record<string, string | undefined>;

function keyBytes(text: string, setting: string) {
  const trimmed = text.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  // Buffer.from skips characters that are not base64, so compare the round trip too.
  if (!/^[A-Za-z0-9+/]+=*$/.test(trimmed) || bytes.length !== 32)
    throw new Error(`${setting}: expected base64 of a 32-byte Ed25519 key`);
  return bytes;
}

function keyId(text: string, setting: string) {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > 255)
    throw new Error(`${setting}: a badge key id is a whole number from 0 to 255, not "${text}"`);
  return Number(trimmed);
}

const publicKeyOf = (raw: Buffer) =>
  crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
const privateKeyOf = (seed: Buffer) =>
  crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
const rawPublicKey = (key: crypto.KeyObject) =>
  key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);

/** Builds the keys from settings; throws a message naming the setting when one is malformed. */
export function loadBadgeKeys(env: Env): BadgeKeys {
  const publicKeys = new Map<number, crypto.KeyObject>();
  for (const entry of (env.BADGE_PUBLIC_KEYS ?? '').split(',')) {
    if (!entry.trim()) continue;
    const colon = entry.indexOf(':');
    if (colon < 0) throw new Error('BADGE_PUBLIC_KEYS: each entry is id:base64-public-key');
    const id = keyId(entry.slice(0, colon), 'BADGE_PUBLIC_KEYS');
    if (publicKeys.has(id)) throw new Error(`BADGE_PUBLIC_KEYS: key id ${id} is listed twice`);
    publicKeys.set(id, publicKeyOf(keyBytes(entry.slice(colon + 1), 'BADGE_PUBLIC_KEYS')));
  }

  let signing: { id: number; key: crypto.KeyObject } | null = null;
  if (env.BADGE_SIGNING_KEY?.trim()) {
    if (!env.BADGE_SIGNING_KEY_ID?.trim())
      throw new Error('BADGE_SIGNING_KEY_ID: required with BADGE_SIGNING_KEY');
    const id = keyId(env.BADGE_SIGNING_KEY_ID, 'BADGE_SIGNING_KEY_ID');
    const key = privateKeyOf(keyBytes(env.BADGE_SIGNING_KEY, 'BADGE_SIGNING_KEY'));
    const own = crypto.createPublicKey(key);
    const listed = publicKeys.get(id);
    if (listed && !rawPublicKey(listed).equals(rawPublicKey(own)))
      throw new Error(
        `BADGE_PUBLIC_KEYS: key id ${id} is not the public half of BADGE_SIGNING_KEY`,
      );
    publicKeys.set(id, own);
    signing = { id, key };
  } else if (env.BADGE_SIGNING_KEY_ID?.trim()) {
    throw new Error('BADGE_SIGNING_KEY: required with BADGE_SIGNING_KEY_ID');
  }

  return {
    signingKeyId: signing?.id ?? null,
    hasKey: (id) => publicKeys.has(id),
    sign(id, signedBytes) {
      if (!signing) throw new Error('BADGE_SIGNING_KEY is not set: badges cannot be signed');
      if (id !== signing.id)
        throw new Error(`badge key ${id} cannot sign: the signing key is ${signing.id}`);
      return new Uint8Array(crypto.sign(null, signedBytes, signing.key));
    },
    verify(id, signedBytes, signature) {
      const key = publicKeys.get(id);
      return key !== undefined && crypto.verify(null, signedBytes, key, signature);
    },
  };
}

let fromEnvironment: BadgeKeys | undefined;

/** The process's keys, read on first use (the cms starts without them until badges are made). */
export const badgeKeys = () => {
  fromEnvironment ??= loadBadgeKeys(process.env);
  return fromEnvironment;
};

/** At start-up: settings that are given must be well-formed, so a typo stops the cms at once. */
export const assertBadgeKeySettings = () => void badgeKeys();
