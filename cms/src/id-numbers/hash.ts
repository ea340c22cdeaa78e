import crypto from 'node:crypto';

/**
 * ID numbers are found by exact match on a keyed hash (HMAC-SHA256, key ID_NUMBER_HASH_KEY), never
 * on their text: a hash answers "is it this number?" and nothing about prefixes or ranges, and
 * without the key nobody can build the table of all resident IDs to look one up.
 */

const MINIMUM_KEY_LENGTH = 16;

function keyFromEnv() {
  const key = process.env.ID_NUMBER_HASH_KEY ?? '';
  if (key.length < MINIMUM_KEY_LENGTH) {
    throw new Error(
      `ID_NUMBER_HASH_KEY must be set to a secret of at least ${MINIMUM_KEY_LENGTH} characters ` +
        '(npm start generates one into .env; see .env.example and docs/id-numbers.md)',
    );
  }
  return key;
}

const fingerprints = new Map<string, string>();

/** The key's fingerprint, stored in front of each hash: rows hashed with an older key are redone at boot. */
export function keyFingerprint() {
  const key = keyFromEnv();
  let known = fingerprints.get(key);
  if (!known) {
    known = crypto.createHmac('sha256', key).update('pvis:id-number-hash-key').digest('hex');
    known = known.slice(0, 8);
    fingerprints.set(key, known);
  }
  return known;
}

/** How an ID number is compared: spaces around it dropped, letters (a resident ID's x) upper-case. */
export const normaliseIdNumber = (value: string) => value.trim().toUpperCase();

/** `<key fingerprint>:<HMAC-SHA256 hex>` of the normalised number; null for no number. */
export function hashIdNumber(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const normalised = normaliseIdNumber(String(value));
  if (!normalised) return null;
  const key = keyFromEnv();
  const digest = crypto.createHmac('sha256', key).update(normalised).digest('hex');
  return `${keyFingerprint()}:${digest}`;
}

/** Fails the start with a clear message instead of a 500 at the first person saved. */
export const assertHashKey = () => void keyFromEnv();
