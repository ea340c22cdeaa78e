// Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
// alphabet (digits and capitals without I, O, Z, S, V). Positions 9–17 are the organization code
// of GB 11714, which carries its own check character at position 17.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** GB 11714 check character of the 8-character organization-code body. */
export function organizationCodeCheck(body: string): string | null {
  if (body.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    // GB 11714 values letters over the full Latin alphabet (A=10 … Z=35), not GB 32100's 31.
    const ch = body[i] ?? '';
    if (!/^[0-9A-Z]$/.test(ch)) return null;
    sum += Number.parseInt(ch, 36) * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** GB 32100 check character (position 18) of the first 17 characters. */
export function creditCodeCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Whether `code` is a well-formed credit code (upper case only; trim before calling). */
export function isValidCreditCode(code: string): boolean {
  if (typeof code !== 'string' || !SHAPE.test(code)) return false;
  if (organizationCodeCheck(code.slice(8, 16)) !== code[16]) return false;
  return creditCodeCheck(code.slice(0, 17)) === code[17];
}
