import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './mask';

describe('maskIdNumber', () => {
  it('keeps the first two and the last character of a resident ID', () => {
    expect(maskIdNumber('130102199003071237')).toBe('13***************7');
  });

  it('keeps the length, so short permits mask the same way', () => {
    expect(maskIdNumber('H12345678')).toBe('H1******8');
  });

  it('stars very short values completely', () => {
    expect(maskIdNumber('ABC')).toBe('***');
    expect(maskIdNumber('')).toBe('');
  });
});
