// The signed badge code (docs/badge-code.md): the bytes a badge's QR carries, signed with Ed25519
// so a gate can trust it offline. No personal data: the gate looks the badge up by its id.
// Signing and verifying are passed in, so this module stays free of crypto (the cms uses
// node:crypto, the portal WebCrypto).
import { base32nopad } from '@scure/base';
import { beijingDay } from '../beijing-time';
import { isCalendarDay } from '../validators/calendar-day';

export const BADGE_CODE_VERSION = 1;
/** Ed25519 signatures are 64 bytes. */
export const BADGE_SIGNATURE_LENGTH = 64;
/** The longest text a version-5 QR holds in alphanumeric mode at error correction M. */
export const BADGE_CODE_MAX_LENGTH = 122;
// version, key id, edition (2), badge id (4), bitmap length
const HEADER_LENGTH = 9;

export interface BadgePayload {
  /** Which signing key signed it (0–255); several may be trusted at once while keys rotate. */
  keyId: number;
  /** The edition's number (0–65535). */
  edition: number;
  /** The badge's id (unsigned 32 bits). */
  badgeId: number;
  /** Bit i (byte i >> 3, value 1 << (i & 7)) admits the edition's first entry day + i. */
  validDays: Uint8Array;
}

export type BadgeSign = (keyId: number, signedBytes: Uint8Array) => Uint8Array;
export type BadgeVerify = (
  keyId: number,
  signedBytes: Uint8Array,
  signature: Uint8Array,
) => boolean | Promise<boolean>;

/** Why a gate refuses a code, in words the guard and the visitor read. */
export const badgeCodeRefusals = {
  malformed: { zh: '不是有效的证件码', en: 'Not a valid badge code' },
  unknownVersion: { zh: '证件码格式版本不受支持', en: 'Unsupported badge code version' },
  unknownKey: { zh: '证件码签名密钥未知', en: 'Badge code signed with an unknown key' },
  badSignature: { zh: '证件码签名无效（可能被篡改）', en: 'Badge code signature is invalid' },
  wrongEdition: { zh: '证件不属于本届展会', en: 'Badge is for another edition' },
  notValidToday: { zh: '证件今日无效', en: 'Badge is not valid today' },
} as const;
export type BadgeCodeRefusal = keyof typeof badgeCodeRefusals;

const inRange = (value: number, max: number) =>
  Number.isInteger(value) && value >= 0 && value <= max;

/** The bytes that are signed: everything in the code but the signature. */
export function encodeBadgePayload(payload: BadgePayload): Uint8Array {
  const { keyId, edition, badgeId, validDays } = payload;
  if (!inRange(keyId, 0xff)) throw new RangeError(`badge key id out of range: ${keyId}`);
  if (!inRange(edition, 0xffff)) throw new RangeError(`edition out of range: ${edition}`);
  if (!inRange(badgeId, 0xffffffff)) throw new RangeError(`badge id out of range: ${badgeId}`);
  if (validDays.length < 1 || validDays.length > 0xff)
    throw new RangeError(`valid-days bitmap must be 1–255 bytes, not ${validDays.length}`);
  const bytes = new Uint8Array(HEADER_LENGTH + validDays.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, BADGE_CODE_VERSION);
  view.setUint8(1, keyId);
  view.setUint16(2, edition);
  view.setUint32(4, badgeId);
  view.setUint8(8, validDays.length);
  bytes.set(validDays, HEADER_LENGTH);
  return bytes;
}

/** The code's text: payload and signature in uppercase Base32, which QR alphanumeric mode holds. */
export function signBadgeCode(payload: BadgePayload, sign: BadgeSign): string {
  const signedBytes = encodeBadgePayload(payload);
  const signature = sign(payload.keyId, signedBytes);
  if (signature.length !== BADGE_SIGNATURE_LENGTH)
    throw new RangeError(`signature must be ${BADGE_SIGNATURE_LENGTH} bytes`);
  const whole = new Uint8Array(signedBytes.length + signature.length);
  whole.set(signedBytes);
  whole.set(signature, signedBytes.length);
  const text = base32nopad.encode(whole);
  // Longer would need a bigger QR than the badge layout has room for (editions of up to 24 entry days fit).
  if (text.length > BADGE_CODE_MAX_LENGTH)
    throw new RangeError(
      `badge code of ${text.length} characters exceeds ${BADGE_CODE_MAX_LENGTH}`,
    );
  return text;
}

export type DecodedBadgeCode = {
  ok: true;
  payload: BadgePayload;
  signedBytes: Uint8Array;
  signature: Uint8Array;
};
export type BadgeCodeResult<T> = T | { ok: false; reason: BadgeCodeRefusal };

/** Reads a code as scanned (any case, surrounding whitespace) without checking its signature. */
export function decodeBadgeCode(text: string): BadgeCodeResult<DecodedBadgeCode> {
  let bytes: Uint8Array;
  try {
    bytes = base32nopad.decode(text.trim().toUpperCase());
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (bytes.length === 0) return { ok: false, reason: 'malformed' };
  if (bytes[0] !== BADGE_CODE_VERSION) return { ok: false, reason: 'unknownVersion' };
  if (bytes.length < HEADER_LENGTH) return { ok: false, reason: 'malformed' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const daysLength = view.getUint8(8);
  const signedLength = HEADER_LENGTH + daysLength;
  // Truncated or with bytes appended: either way not a code we made.
  if (daysLength === 0 || bytes.length !== signedLength + BADGE_SIGNATURE_LENGTH)
    return { ok: false, reason: 'malformed' };
  return {
    ok: true,
    payload: {
      keyId: view.getUint8(1),
      edition: view.getUint16(2),
      badgeId: view.getUint32(4),
      validDays: bytes.slice(HEADER_LENGTH, signedLength),
    },
    signedBytes: bytes.slice(0, signedLength),
    signature: bytes.slice(signedLength),
  };
}

/** Decodes a code and checks its signature against the trusted keys. */
export async function verifyBadgeCode(
  text: string,
  verify: BadgeVerify,
  hasKey: (keyId: number) => boolean,
): Promise<BadgeCodeResult<{ ok: true; payload: BadgePayload }>> {
  const decoded = decodeBadgeCode(text);
  if (!decoded.ok) return decoded;
  const { payload, signedBytes, signature } = decoded;
  if (!hasKey(payload.keyId)) return { ok: false, reason: 'unknownKey' };
  if (!(await verify(payload.keyId, signedBytes, signature)))
    return { ok: false, reason: 'badSignature' };
  return { ok: true, payload };
}

/** Days from `firstDay` to `day` (both `YYYY-MM-DD` calendar days). */
function dayIndex(firstDay: string, day: string) {
  if (!isCalendarDay(firstDay)) throw new RangeError(`not a day: ${firstDay}`);
  if (!isCalendarDay(day)) throw new RangeError(`not a day: ${day}`);
  return Math.round((Date.parse(day) - Date.parse(firstDay)) / 86_400_000);
}

/** The bitmap admitting `days` (Beijing dates) of an edition whose first entry day is `firstDay`. */
export function daysBitmap(firstDay: string, days: readonly string[]): Uint8Array {
  if (days.length === 0) throw new RangeError('a badge admits at least one day');
  const indexes = days.map((day) => dayIndex(firstDay, day));
  if (indexes.some((index) => index < 0))
    throw new RangeError(`a valid day precedes the first entry day ${firstDay}`);
  const bitmap = new Uint8Array((Math.max(...indexes) >> 3) + 1);
  for (const index of indexes) bitmap[index >> 3] |= 1 << (index & 7);
  return bitmap;
}

/** Whether the bitmap admits `day`: a Beijing date, or an instant taken as its Beijing date. */
export function admitsOn(bitmap: Uint8Array, firstDay: string, day: string | Date): boolean {
  const index = dayIndex(firstDay, typeof day === 'string' ? day : beijingDay(day));
  if (index < 0 || index >> 3 >= bitmap.length) return false;
  return (bitmap[index >> 3] & (1 << (index & 7))) !== 0;
}

/** The gate's checks after the signature: this edition, and valid on `day` (Beijing time). */
export function badgeRefusalAt(
  payload: BadgePayload,
  edition: { number: number; firstEntryDay: string },
  day: string | Date,
): BadgeCodeRefusal | null {
  if (payload.edition !== edition.number) return 'wrongEdition';
  if (!admitsOn(payload.validDays, edition.firstEntryDay, day)) return 'notValidToday';
  return null;
}
