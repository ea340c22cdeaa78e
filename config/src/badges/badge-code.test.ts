import crypto from 'node:crypto';
import { base32nopad } from '@scure/base';
import { describe, expect, it } from 'vitest';
import {
  admitsOn,
  BADGE_CODE_MAX_LENGTH,
  type BadgePayload,
  badgeCodeRefusals,
  badgeRefusalAt,
  daysBitmap,
  decodeBadgeCode,
  encodeBadgePayload,
  signBadgeCode,
  verifyBadgeCode,
} from './badge-code';

// Two trusted keys (ids 1 and 2), as while keys rotate; id 9 is nobody's.
const keys = new Map([1, 2].map((id) => [id, crypto.generateKeyPairSync('ed25519')]));
const sign = (keyId: number, bytes: Uint8Array) => {
  const pair = keys.get(keyId);
  if (!pair) throw new Error(`no key ${keyId}`);
  return new Uint8Array(crypto.sign(null, bytes, pair.privateKey));
};
const verify = (keyId: number, bytes: Uint8Array, signature: Uint8Array) => {
  const pair = keys.get(keyId);
  return pair ? crypto.verify(null, bytes, pair.publicKey, signature) : false;
};
const hasKey = (keyId: number) => keys.has(keyId);

const firstDay = '2025-11-05';
const wholeEdition = ['05', '06', '07', '08', '09', '10'].map((d) => `2025-11-${d}`);
const payload: BadgePayload = {
  keyId: 1,
  edition: 8,
  badgeId: 4_000_000_123,
  validDays: daysBitmap(firstDay, wholeEdition),
};

/** The code with one of its bytes changed. */
function tampered(code: string, byteIndex: number) {
  const bytes = base32nopad.decode(code);
  bytes[byteIndex] ^= 0x01;
  return base32nopad.encode(bytes);
}

describe('signed badge code', () => {
  it('round-trips the payload through its signed text', async () => {
    const code = signBadgeCode(payload, sign);
    expect(await verifyBadgeCode(code, verify, hasKey)).toEqual({ ok: true, payload });
  });

  it('lays out version, key id, edition and badge id big-endian, then the day bitmap', () => {
    expect([...encodeBadgePayload({ ...payload, badgeId: 0x01020304, edition: 0x0a0b })]).toEqual([
      1, 1, 0x0a, 0x0b, 1, 2, 3, 4, 1, 0b111111,
    ]);
  });

  it('is uppercase Base32 that fits a version-5 QR, for a six-day edition', () => {
    const code = signBadgeCode(payload, sign);
    expect(code).toMatch(/^[A-Z2-7]+$/);
    expect(code.length).toBeLessThanOrEqual(BADGE_CODE_MAX_LENGTH);
    expect(code.length).toBe(119);
  });

  it('reads a code in any case and with surrounding whitespace, as scanners type it', async () => {
    const code = signBadgeCode(payload, sign);
    expect(await verifyBadgeCode(`  ${code.toLowerCase()}\r\n`, verify, hasKey)).toEqual({
      ok: true,
      payload,
    });
  });

  it('refuses a code with any byte changed as badly signed', async () => {
    const code = signBadgeCode(payload, sign);
    for (const index of [2, 5, 9, 20, 72]) {
      expect(await verifyBadgeCode(tampered(code, index), verify, hasKey)).toEqual({
        ok: false,
        reason: 'badSignature',
      });
    }
  });

  it('refuses a code signed by another trusted key than the one it names', async () => {
    const code = signBadgeCode(payload, (_keyId, bytes) => sign(2, bytes));
    expect(await verifyBadgeCode(code, verify, hasKey)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
  });

  it('accepts codes of every trusted key while keys rotate', async () => {
    const old = signBadgeCode({ ...payload, keyId: 2 }, sign);
    expect(await verifyBadgeCode(old, verify, hasKey)).toMatchObject({ ok: true });
  });

  it('refuses a code naming a key nobody trusts', async () => {
    const code = signBadgeCode({ ...payload, keyId: 9 }, (_keyId, bytes) => sign(1, bytes));
    expect(await verifyBadgeCode(code, verify, hasKey)).toEqual({
      ok: false,
      reason: 'unknownKey',
    });
  });

  it('refuses truncated, extended and garbage text as malformed', async () => {
    const code = signBadgeCode(payload, sign);
    const bytes = base32nopad.decode(code);
    const shorter = base32nopad.encode(bytes.slice(0, -1));
    const longer = base32nopad.encode(new Uint8Array([...bytes, 0]));
    for (const text of [
      shorter,
      longer,
      code.slice(0, 12),
      '',
      '   ',
      'HELLO WORLD',
      'AB',
      '0189',
    ]) {
      expect(decodeBadgeCode(text)).toEqual({ ok: false, reason: 'malformed' });
      expect(await verifyBadgeCode(text, verify, hasKey)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('refuses a bitmap length byte that disagrees with the code', () => {
    const bytes = base32nopad.decode(signBadgeCode(payload, sign));
    bytes[8] = 0;
    expect(decodeBadgeCode(base32nopad.encode(bytes))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a format version it does not know', async () => {
    const bytes = base32nopad.decode(signBadgeCode(payload, sign));
    bytes[0] = 2;
    expect(await verifyBadgeCode(base32nopad.encode(bytes), verify, hasKey)).toEqual({
      ok: false,
      reason: 'unknownVersion',
    });
  });

  it('gives every refusal a Chinese and an English label', () => {
    for (const label of Object.values(badgeCodeRefusals)) {
      expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en).toMatch(/^[A-Z]/);
    }
  });

  it('refuses to encode values that do not fit their bytes', () => {
    expect(() => encodeBadgePayload({ ...payload, keyId: 256 })).toThrow(RangeError);
    expect(() => encodeBadgePayload({ ...payload, edition: -1 })).toThrow(RangeError);
    expect(() => encodeBadgePayload({ ...payload, badgeId: 2 ** 32 })).toThrow(RangeError);
    expect(() => encodeBadgePayload({ ...payload, validDays: new Uint8Array() })).toThrow(
      RangeError,
    );
  });

  it('refuses to make a code too long for the badge QR', () => {
    const days = Array.from({ length: 25 }, (_, i) => `2025-11-${String(5 + i).padStart(2, '0')}`);
    expect(
      signBadgeCode({ ...payload, validDays: daysBitmap(firstDay, days.slice(0, 24)) }, sign),
    ).toHaveLength(BADGE_CODE_MAX_LENGTH);
    expect(() =>
      signBadgeCode({ ...payload, validDays: daysBitmap(firstDay, days) }, sign),
    ).toThrow(RangeError);
  });
});

describe('valid-days bitmap in Beijing dates', () => {
  const secondHalf = daysBitmap(firstDay, ['2025-11-08', '2025-11-09', '2025-11-10']);

  it('sets bit i for the first entry day + i', () => {
    expect([...secondHalf]).toEqual([0b111000]);
    expect([...daysBitmap(firstDay, ['2025-11-05', '2025-11-13'])]).toEqual([0b1, 0b1]);
  });

  it('counts days across a month end', () => {
    expect([...daysBitmap('2025-10-30', ['2025-11-02'])]).toEqual([0b1000]);
  });

  it('does not admit a half-period badge on the edition’s first day', () => {
    expect(admitsOn(secondHalf, firstDay, '2025-11-05')).toBe(false);
    expect(admitsOn(secondHalf, firstDay, '2025-11-08')).toBe(true);
    expect(admitsOn(secondHalf, firstDay, '2025-11-10')).toBe(true);
  });

  it('admits no day before the edition or past the bitmap', () => {
    expect(admitsOn(secondHalf, firstDay, '2025-11-04')).toBe(false);
    expect(admitsOn(secondHalf, firstDay, '2025-11-11')).toBe(false);
    expect(admitsOn(secondHalf, firstDay, '2025-12-08')).toBe(false);
  });

  it('takes an instant as its Beijing date: 16:30 UTC on Nov 7 is Nov 8 in Beijing', () => {
    expect(admitsOn(secondHalf, firstDay, new Date('2025-11-07T16:30:00Z'))).toBe(true);
    expect(admitsOn(secondHalf, firstDay, new Date('2025-11-07T15:59:59Z'))).toBe(false);
    expect(admitsOn(secondHalf, firstDay, new Date('2025-11-10T15:59:59Z'))).toBe(true);
    expect(admitsOn(secondHalf, firstDay, new Date('2025-11-10T16:00:00Z'))).toBe(false);
  });

  it('refuses days that are not calendar days or precede the first entry day', () => {
    expect(() => daysBitmap(firstDay, ['2025-11-31'])).toThrow(RangeError);
    expect(() => daysBitmap(firstDay, ['2025-11-04'])).toThrow(RangeError);
    expect(() => daysBitmap(firstDay, [])).toThrow(RangeError);
    expect(() => admitsOn(secondHalf, firstDay, '8 Nov')).toThrow(RangeError);
  });

  it('lets the gate refuse another edition’s badge and a badge not valid today', () => {
    const half = { ...payload, validDays: secondHalf };
    const edition = { number: 8, firstEntryDay: firstDay };
    expect(badgeRefusalAt(half, edition, '2025-11-08')).toBeNull();
    expect(badgeRefusalAt(half, edition, '2025-11-05')).toBe('notValidToday');
    expect(badgeRefusalAt(half, { ...edition, number: 7 }, '2025-11-08')).toBe('wrongEdition');
  });
});
