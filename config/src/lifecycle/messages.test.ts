import { describe, expect, it } from 'vitest';
import { transitionMessage, transitionMessages } from './messages';

describe('transitionMessage', () => {
  it('gives the Chinese and English text of a code', () => {
    expect(transitionMessage('reasonRequired', 'zh-CN')).toBe('请填写原因');
    expect(transitionMessage('reasonRequired', 'en')).toBe('A reason is required');
  });

  it('falls back to the code itself for an unknown code', () => {
    expect(transitionMessage('somethingElse', 'en')).toBe('somethingElse');
  });

  it('has non-empty text in both languages for every code', () => {
    for (const m of Object.values(transitionMessages)) {
      expect(m.zh.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
    }
  });
});
