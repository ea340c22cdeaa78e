import crypto from 'node:crypto';
import { daysBitmap, signBadgeCode, verifyBadgeCode } from '@pvis/config';
import { describe, expect, it } from 'vitest';
import { loadBadgeKeys } from './signing-keys';

// RFC 8032, section 7.1, TEST 1 and TEST 2: seed, public key, message, signature.
const vectors = [
  {
    name: 'TEST 1 (empty message)',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2 (one byte)',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
];
const base64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const bytes = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

function demoKeyPair() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'jwk' }).d as string;
  const raw = publicKey.export({ format: 'jwk' }).x as string;
  return {
    seed: Buffer.from(seed, 'base64url').toString('base64'),
    public: Buffer.from(raw, 'base64url').toString('base64'),
  };
}

describe('badge signing keys from the environment', () => {
  for (const vector of vectors) {
    it(`sign exactly as RFC 8032 ${vector.name}`, () => {
      const keys = loadBadgeKeys({
        BADGE_SIGNING_KEY: base64(vector.secret),
        BADGE_SIGNING_KEY_ID: '3',
      });
      const signature = keys.sign(3, bytes(vector.message));
      expect(Buffer.from(signature).toString('hex')).toBe(vector.signature);
    });

    it(`verify the RFC 8032 ${vector.name} signature with its public key alone`, () => {
      const keys = loadBadgeKeys({ BADGE_PUBLIC_KEYS: `7:${base64(vector.public)}` });
      expect(keys.signingKeyId).toBeNull();
      expect(keys.verify(7, bytes(vector.message), bytes(vector.signature))).toBe(true);
      const flipped = bytes(vector.signature);
      flipped[10] ^= 0x04;
      expect(keys.verify(7, bytes(vector.message), flipped)).toBe(false);
      const otherMessage = bytes(`${vector.message}00`);
      expect(keys.verify(7, otherMessage, bytes(vector.signature))).toBe(false);
    });
  }

  it('trust several public keys at once, each under its own id, while keys rotate', () => {
    const [first, second] = vectors;
    const keys = loadBadgeKeys({
      BADGE_PUBLIC_KEYS: ` 1:${base64(first.public)}, 2:${base64(second.public)} `,
    });
    expect(keys.verify(1, bytes(first.message), bytes(first.signature))).toBe(true);
    expect(keys.verify(2, bytes(second.message), bytes(second.signature))).toBe(true);
    expect(keys.verify(2, bytes(first.message), bytes(first.signature))).toBe(false);
    expect(keys.hasKey(1) && keys.hasKey(2)).toBe(true);
    expect(keys.hasKey(3)).toBe(false);
    expect(keys.verify(3, bytes(first.message), bytes(first.signature))).toBe(false);
  });

  it('trust the signing key’s own public half, beside the older keys listed', () => {
    const old = demoKeyPair();
    const current = demoKeyPair();
    const keys = loadBadgeKeys({
      BADGE_SIGNING_KEY: current.seed,
      BADGE_SIGNING_KEY_ID: '2',
      BADGE_PUBLIC_KEYS: `1:${old.public}`,
    });
    const message = new Uint8Array([1, 2, 3]);
    expect(keys.signingKeyId).toBe(2);
    expect(keys.verify(2, message, keys.sign(2, message))).toBe(true);
    expect(keys.hasKey(1)).toBe(true);
    expect(() => keys.sign(1, message)).toThrow(/signing key is 2/);
  });

  it('refuse to sign when no signing key is set', () => {
    const keys = loadBadgeKeys({});
    expect(keys.hasKey(1)).toBe(false);
    expect(() => keys.sign(1, new Uint8Array([1]))).toThrow(/BADGE_SIGNING_KEY is not set/);
  });

  it('refuse malformed settings with a message naming the setting', () => {
    const { seed, public: pub } = demoKeyPair();
    const cases: [Record<string, string>, RegExp][] = [
      [{ BADGE_SIGNING_KEY: seed.slice(0, 20), BADGE_SIGNING_KEY_ID: '1' }, /^BADGE_SIGNING_KEY:/],
      [{ BADGE_SIGNING_KEY: `${seed}!`, BADGE_SIGNING_KEY_ID: '1' }, /^BADGE_SIGNING_KEY:/],
      [{ BADGE_SIGNING_KEY: seed }, /^BADGE_SIGNING_KEY_ID: required/],
      [{ BADGE_SIGNING_KEY_ID: '1' }, /^BADGE_SIGNING_KEY: required/],
      [{ BADGE_SIGNING_KEY: seed, BADGE_SIGNING_KEY_ID: '256' }, /^BADGE_SIGNING_KEY_ID:/],
      [{ BADGE_SIGNING_KEY: seed, BADGE_SIGNING_KEY_ID: 'one' }, /^BADGE_SIGNING_KEY_ID:/],
      [{ BADGE_PUBLIC_KEYS: pub }, /^BADGE_PUBLIC_KEYS: each entry/],
      [{ BADGE_PUBLIC_KEYS: `1:${pub},1:${pub}` }, /^BADGE_PUBLIC_KEYS: key id 1 is listed twice/],
      [{ BADGE_PUBLIC_KEYS: `1:${pub.slice(4)}` }, /^BADGE_PUBLIC_KEYS: expected base64/],
      [{ BADGE_PUBLIC_KEYS: `x:${pub}` }, /^BADGE_PUBLIC_KEYS: a badge key id/],
      [
        {
          BADGE_SIGNING_KEY: seed,
          BADGE_SIGNING_KEY_ID: '1',
          BADGE_PUBLIC_KEYS: `1:${demoKeyPair().public}`,
        },
        /not the public half of BADGE_SIGNING_KEY/,
      ],
    ];
    for (const [env, message] of cases) expect(() => loadBadgeKeys(env)).toThrow(message);
  });

  it('sign badge codes the config verifier accepts, and no other key does', async () => {
    const current = demoKeyPair();
    const keys = loadBadgeKeys({ BADGE_SIGNING_KEY: current.seed, BADGE_SIGNING_KEY_ID: '4' });
    const payload = {
      keyId: 4,
      edition: 8,
      badgeId: 77,
      validDays: daysBitmap('2025-11-05', ['2025-11-08']),
    };
    const code = signBadgeCode(payload, keys.sign);
    expect(await verifyBadgeCode(code, keys.verify, keys.hasKey)).toEqual({ ok: true, payload });
    const stranger = loadBadgeKeys({ BADGE_PUBLIC_KEYS: `4:${demoKeyPair().public}` });
    expect(await verifyBadgeCode(code, stranger.verify, stranger.hasKey)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
  });
});
