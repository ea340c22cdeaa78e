import { describe, expect, it } from 'vitest';
import { isTransferReference, luhnDigit, referencesIn, transferReferenceOf } from './reference';

describe('payment reference (汇款识别码)', () => {
  it('uses the Luhn check digit of the published example 7992739871 → 3', () => {
    expect(luhnDigit('7992739871')).toBe(3);
  });

  it('is the order serial, at least 6 digits, with its check digit', () => {
    expect(transferReferenceOf('V202005122303130000000127')).toBe(`PV000127${luhnDigit('000127')}`);
    expect(transferReferenceOf('V202005122303133594063001')).toBe(
      `PV3594063001${luhnDigit('3594063001')}`,
    );
  });

  it('refuses a code with one wrong digit or two swapped digits', () => {
    const code = transferReferenceOf('V202005122303130000004815');
    expect(isTransferReference(code)).toBe(true);
    const wrong = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}${code.slice(6)}`;
    expect(isTransferReference(wrong)).toBe(false);
    const swapped = `${code.slice(0, 6)}${code[7]}${code[6]}${code.slice(8)}`;
    expect(isTransferReference(swapped)).toBe(false);
  });

  it('finds references in a remark whatever the case and spacing, and skips broken ones', () => {
    const a = transferReferenceOf('V202005122303130000004815');
    const b = transferReferenceOf('V202005122303130000000127');
    const broken = `${a.slice(0, -1)}${(Number(a.at(-1)) + 1) % 10}`;
    expect(referencesIn(`货款 ${a.toLowerCase()} 谢谢`)).toEqual([a]);
    expect(referencesIn(`P V-${a.slice(2)}`)).toEqual([a]);
    expect(referencesIn(`${a} ${b} ${a}`)).toEqual([a, b]);
    expect(referencesIn(`${broken} 6222021234567890`)).toEqual([]);
  });
});
