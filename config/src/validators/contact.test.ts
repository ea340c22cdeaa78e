import { describe, expect, it } from 'vitest';
import {
  isValidCodeTarget,
  isValidEmail,
  isValidInternationalMobile,
  isValidMobile,
  isValidMobileFor,
  isValidPostcode,
  normaliseMobile,
} from './contact';

describe('isValidMobile', () => {
  it('accepts 11-digit mainland numbers starting 13 to 19', () => {
    for (const ok of ['13800138000', '19912345678', '15000000000'])
      expect(isValidMobile(ok)).toBe(true);
  });

  it('rejects other prefixes, lengths and formatting', () => {
    for (const bad of [
      '12800138000',
      '1380013800',
      '138001380001',
      '+8613800138000',
      '138 0013 8000',
    ]) {
      expect(isValidMobile(bad)).toBe(false);
    }
  });
});

describe('isValidInternationalMobile', () => {
  it('accepts E.164 numbers with a country code', () => {
    for (const ok of ['+8613800138000', '+85291234567', '+14155552671']) {
      expect(isValidInternationalMobile(ok)).toBe(true);
    }
  });

  it('rejects numbers without + or with a leading zero country code', () => {
    for (const bad of ['8613800138000', '+0123456789', '+1234567', '+1234567890123456']) {
      expect(isValidInternationalMobile(bad)).toBe(false);
    }
  });
});

describe('the one mobile rule', () => {
  it('stores a number abroad in E.164 and a mainland one as its 11 digits, however typed', () => {
    expect(normaliseMobile(' +44 (0)7911-123.456 ')).toBe('+447911123456');
    expect(normaliseMobile('+44 7911 123456')).toBe('+447911123456');
    expect(normaliseMobile('0044 20 7946 0958')).toBe('+442079460958');
    expect(normaliseMobile('+86 138 0013 8000')).toBe('13800138000');
    expect(normaliseMobile('138 0013 8000')).toBe('13800138000');
  });

  it('refuses well-shaped numbers no country uses', () => {
    expect(isValidInternationalMobile('+44791112345')).toBe(false);
    expect(isValidInternationalMobile('+447911123456')).toBe(true);
  });

  it('lets only holders who may be abroad give an international number', () => {
    expect(isValidMobileFor('+447911123456', false)).toBe(false);
    expect(isValidMobileFor('+447911123456', true)).toBe(true);
    expect(isValidMobileFor('13800138000', false)).toBe(true);
    expect(isValidMobileFor('13800138000', true)).toBe(true);
  });
});

describe('isValidPostcode', () => {
  it('accepts exactly 6 digits', () => {
    expect(isValidPostcode('200000')).toBe(true);
    expect(isValidPostcode('20000')).toBe(false);
    expect(isValidPostcode('2000000')).toBe(false);
    expect(isValidPostcode('20000A')).toBe(false);
  });
});

describe('isValidEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const ok of ['a@b.cn', 'visitor.name+ciie@example.com.cn', 'x_y@sub-domain.example.org']) {
      expect(isValidEmail(ok)).toBe(true);
    }
  });

  it('rejects addresses without a proper domain or with broken local parts', () => {
    for (const bad of [
      'plain',
      'a@b',
      'a@b.c',
      'a b@c.cn',
      '.a@b.cn',
      'a.@b.cn',
      'a..b@c.cn',
      'a@-b.cn',
      'a@b..cn',
      '@b.cn',
    ]) {
      expect(isValidEmail(bad)).toBe(false);
    }
  });

  it('rejects overlong addresses', () => {
    expect(isValidEmail(`${'a'.repeat(65)}@b.cn`)).toBe(false);
    expect(
      isValidEmail(`a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(70)}.cn`),
    ).toBe(false);
  });
});

describe('account passwords', () => {
  it('need eight characters with letters and digits', async () => {
    const { isStrongPassword } = await import('./password');
    expect(isStrongPassword('Visitor2025')).toBe(true);
    expect(isStrongPassword('short1')).toBe(false);
    expect(isStrongPassword('onlyletters')).toBe(false);
    expect(isStrongPassword('12345678')).toBe(false);
  });
});

describe('isValidCodeTarget', () => {
  it('sends SMS codes to mainland mobiles only, and email codes to emails', () => {
    expect(isValidCodeTarget('sms', '13800138000')).toBe(true);
    expect(isValidCodeTarget('sms', '+85291234567')).toBe(false);
    expect(isValidCodeTarget('sms', 'a@example.cn')).toBe(false);
    expect(isValidCodeTarget('email', 'a@example.cn')).toBe(true);
    expect(isValidCodeTarget('email', '13800138000')).toBe(false);
  });
});
