import crypto from 'node:crypto';
import { residentIdCheck } from '@pvis/config';
import { creditCodeFor } from '../../../database/generator/credit-code';

/**
 * Made-up identities that pass the server's checks, for the cms tests, the browser journeys and
 * the benchmarks. The check characters come from @pvis/config, the same code that validates them.
 */

/** A birth date (yyyymmdd) from 1960 to 1999: with the sequence, about 14 million resident IDs. */
export function randomBirthDate(): string {
  const day = new Date(Date.UTC(1960, 0, 1) + crypto.randomInt(0, 14_600) * 86_400_000);
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * A mainland resident ID (GB 11643) registered in Shanghai Pudong: born on `birth`, with the
 * 3-digit `sequence`. Random unless given, since one organization accepts an ID number once.
 */
export function residentId(
  birth = randomBirthDate(),
  sequence = crypto.randomInt(0, 1000),
): string {
  const first17 = `310115${birth}${String(sequence).padStart(3, '0')}`;
  const check = residentIdCheck(first17);
  if (!check) throw new Error(`not a resident ID: ${first17}`);
  return `${first17}${check}`;
}

/**
 * A Unified Social Credit Code (GB 32100) registered in Shanghai Pudong, with the registration
 * authority and type `prefix` (91 enterprise, 11 government body, 12 public institution, 51
 * social organization). Codes of distinct serials differ; random unless given.
 */
export function creditCode(prefix = '91', serial = crypto.randomInt(0, 100_000_000)): string {
  return creditCodeFor(prefix, '310115', serial);
}
