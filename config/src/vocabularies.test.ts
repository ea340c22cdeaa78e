import { describe, expect, it } from 'vitest';
import { personStatuses } from './lifecycle/person';
import * as vocabularies from './vocabularies';
import {
  actors,
  codes,
  idTypes,
  idTypesByRegion,
  isCode,
  isIdTypeAllowedForRegion,
  label,
  organizationCategories,
  paymentMethods,
  regionTypes,
  reviewModeOf,
  roles,
  visitPurposes,
} from './vocabularies';

const allVocabularies = Object.entries(vocabularies).filter(
  ([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && 'code' in v[0],
) as [string, readonly { code: string; zh: string; en: string }[]][];

describe('vocabularies', () => {
  it.each(allVocabularies)('%s has unique codes and both labels on every entry', (_, v) => {
    expect(new Set(v.map((e) => e.code)).size).toBe(v.length);
    for (const e of v) {
      expect(e.code).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(e.zh.trim()).not.toBe('');
      expect(e.en.trim()).not.toBe('');
    }
  });

  it('auto-approves enterprises and public institutions and sends the rest to the delegation', () => {
    const auto = organizationCategories.filter((c) => c.reviewMode === 'auto').map((c) => c.code);
    expect(auto).toEqual(['domesticEnterprise', 'domesticPublicInstitution', 'overseasEnterprise']);
    expect(reviewModeOf('overseasOther')).toBe('delegation');
    expect(reviewModeOf('domesticGovernmentAgency')).toBe('delegation');
  });

  it('splits organization categories into four domestic and four overseas', () => {
    expect(organizationCategories.filter((c) => c.domestic)).toHaveLength(4);
    expect(organizationCategories.filter((c) => !c.domestic)).toHaveLength(4);
  });

  it('includes investment promotion among the visit purposes', () => {
    expect(label(visitPurposes, 'investmentPromotion', 'zh-CN')).toBe('招商引资');
  });

  it('gives every region type at least one allowed ID type, all of them known', () => {
    for (const region of codes(regionTypes)) {
      expect(idTypesByRegion[region].length).toBeGreaterThan(0);
      for (const t of idTypesByRegion[region]) expect(isCode(idTypes, t)).toBe(true);
    }
  });

  it('labels every person status of the person machine, and no other', () => {
    expect(vocabularies.personStatusLabels.map((s) => s.code)).toEqual([...personStatuses]);
  });

  it('allows the resident ID only for mainland persons', () => {
    expect(isIdTypeAllowedForRegion('mainland', 'residentId')).toBe(true);
    expect(isIdTypeAllowedForRegion('foreign', 'residentId')).toBe(false);
    expect(isIdTypeAllowedForRegion('hkMacaoTaiwan', 'taiwanPermit')).toBe(true);
    expect(isIdTypeAllowedForRegion('mainland', 'passport')).toBe(false);
    // Unknown region types come from requests; they are refused, never a TypeError.
    expect(isIdTypeAllowedForRegion('mars' as never, 'passport')).toBe(false);
    expect(isIdTypeAllowedForRegion('toString' as never, 'passport')).toBe(false);
  });

  it('makes the lifecycle actors the roles plus the system', () => {
    expect(codes(actors)).toEqual([...codes(roles), 'system']);
  });
});

describe('label', () => {
  it('returns the Chinese or English label of a code', () => {
    expect(label(paymentMethods, 'bankTransfer', 'zh-CN')).toBe('转账');
    expect(label(paymentMethods, 'bankTransfer', 'en')).toBe('Bank transfer');
  });

  it('returns the code itself when the vocabulary does not know it', () => {
    expect(label(paymentMethods, 'cash', 'en')).toBe('cash');
  });
});

describe('isCode', () => {
  it('accepts codes of the vocabulary and nothing else', () => {
    expect(isCode(regionTypes, 'foreign')).toBe(true);
    expect(isCode(regionTypes, 'Foreign')).toBe(false);
    expect(isCode(regionTypes, 3)).toBe(false);
  });
});
