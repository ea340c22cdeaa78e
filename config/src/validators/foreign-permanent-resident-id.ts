// 外国人永久居留身份证. The 2017 card: 3-letter nationality code + 12 digits (issuing office,
// birth date yyMMdd, sequence, check). The 2023 card: 18 characters starting with 9, laid out like
// the resident ID (birth date at positions 7–14) and with the same check character.
import { isPlausibleBirthDate, residentIdCheck } from './resident-id';

export function isValidForeignPermanentResidentId(value: string, today = new Date()): boolean {
  if (typeof value !== 'string') return false;
  if (/^[A-Z]{3}\d{12}$/.test(value)) return true;
  if (!/^9\d{16}[\dX]$/.test(value)) return false;
  if (!isPlausibleBirthDate(value.slice(6, 14), today)) return false;
  return residentIdCheck(value.slice(0, 17)) === value[17];
}
