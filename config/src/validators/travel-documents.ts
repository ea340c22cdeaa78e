// Formats of the non-mainland documents a person may register with. These numbers carry no
// public check character, so only the layout is checked.

// 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) + the 8-digit lifetime number; booklets issued
// before the 2013 card add a 2-digit issue count (H/M + 10 digits).
export function isValidHkMacaoPermit(value: string): boolean {
  return typeof value === 'string' && /^[HM]\d{8}(\d{2})?$/.test(value);
}

// 台湾居民来往大陆通行证: since 2008 "one person, one number" — the 8-digit lifetime number. Older
// booklets still in circulation append a 2-digit issue count and sometimes an issuing-authority
// code in brackets, e.g. 1234567801(B).
export function isValidTaiwanPermit(value: string): boolean {
  return typeof value === 'string' && /^\d{8}(\d{2}(\([A-Z0-9]\))?)?$/.test(value);
}

// Passport numbers vary by country (ICAO 9303 gives 9 characters in the machine-readable zone,
// national numbers run from 5 to 17); accept any upper-case alphanumeric of that length.
export function isValidPassport(value: string): boolean {
  return typeof value === 'string' && /^[A-Z0-9]{5,17}$/.test(value);
}

// Chinese passports: E + 8 digits, or E + letter + 7 digits (2017+), or the older G + 8 digits.
export function isValidChinesePassport(value: string): boolean {
  return typeof value === 'string' && /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(value);
}
