import { describe, expect, it } from 'vitest';
import { capitalAmount } from './capital-amount';

describe('capital amount (大写金额)', () => {
  it.each([
    [30_000, '叁佰元整'],
    [123_456, '壹仟贰佰叁拾肆元伍角陆分'],
    [1_050, '壹拾元伍角整'],
    [1_005, '壹拾元零伍分'],
    [5, '伍分'],
    [50, '伍角整'],
    [0, '零元整'],
    [100_500, '壹仟零伍元整'],
    [10_001_000, '壹拾万零壹拾元整'],
    [100_000_100, '壹佰万零壹元整'],
    [1_000_000, '壹万元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [1_234_567_800, '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整'],
  ])('%i fen reads %s', (fen, text) => {
    expect(capitalAmount(fen)).toBe(text);
  });

  it('writes a red-letter (negative) amount with 负', () => {
    expect(capitalAmount(-30_000)).toBe('负叁佰元整');
  });

  it('refuses a fractional fen amount', () => {
    expect(() => capitalAmount(1.5)).toThrow(RangeError);
  });
});
