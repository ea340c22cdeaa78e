/**
 * Masks an ID number for lists (`13**************7`): the first 2 and the last character
 * stay, every other character becomes `*`, so the length still shows. Numbers of 3 characters or
 * fewer are fully starred, since keeping 3 would reveal them whole.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 3) return '*'.repeat(id.length);
  return `${id.slice(0, 2)}${'*'.repeat(id.length - 3)}${id.slice(-1)}`;
}
