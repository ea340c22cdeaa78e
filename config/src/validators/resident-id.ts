// Citizen identity number (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth date,
// 3-digit sequence, ISO 7064 MOD 11-2 check character. Only upper-case `X` is accepted: the
// standard prints it so, and the cms stores what it validates (callers may upper-case input).
// Hong Kong/Macao/Taiwan residence permits use the same layout and check character.

import { formatBeijingTime } from '../beijing-time';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheck(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Whether `yyyymmdd` is a real calendar date from 1900-01-01 up to `today` (inclusive). */
export function isPlausibleBirthDate(yyyymmdd: string, today: Date = new Date()): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  // Compare calendar days in China time, where the ID was issued.
  return yyyymmdd <= formatBeijingTime(today, 'YYYYMMDD');
}

function hasValidLayout(id: string, today: Date): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return false;
  return residentIdCheck(id.slice(0, 17)) === id[17];
}

/** Mainland resident identity card number (18 characters; 15-digit first-generation numbers fail). */
export function isValidResidentId(id: string, today: Date = new Date()): boolean {
  if (typeof id !== 'string' || id.startsWith('8')) return false;
  return hasValidLayout(id, today);
}

// Residence permits: address code 810000 (Hong Kong), 820000 (Macao), 830000 (Taiwan).
export function isValidHkMacaoResidencePermit(id: string, today: Date = new Date()): boolean {
  return typeof id === 'string' && /^8[12]0000/.test(id) && hasValidLayout(id, today);
}

export function isValidTaiwanResidencePermit(id: string, today: Date = new Date()): boolean {
  return typeof id === 'string' && id.startsWith('830000') && hasValidLayout(id, today);
}
