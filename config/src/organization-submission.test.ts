import { describe, expect, it } from 'vitest';
import {
  firstIncompleteStep,
  organizationSubmissionProblems,
  submissionStepOf,
} from './organization-submission';

const complete = {
  category: 'domesticEnterprise',
  name: '上海示例贸易有限公司',
  address: '上海市徐汇区示例路 1 号',
  contactName: '刘洋',
  contactMobile: '13900000001',
  contactEmail: 'liu@example.com',
  visitPurposes: ['purchasing'],
  interests: ['item'],
  privacyConsentAt: '2025-07-01T09:00:00Z',
  creditCode: '91310000MA1K4C3D70',
  delegationPath: '/shanghai/',
  businessLicence: { id: 1 },
};
const fields = (org: Record<string, unknown>) =>
  organizationSubmissionProblems(org).map((p) => p.field);

describe('organization submission', () => {
  it('accepts a complete domestic organization', () => {
    expect(organizationSubmissionProblems(complete)).toEqual([]);
  });

  it('lists every missing item at once', () => {
    expect(fields({ category: 'domesticEnterprise' })).toEqual([
      'name',
      'address',
      'contactName',
      'contactMobile',
      'contactEmail',
      'visitPurposes',
      'interests',
      'privacyConsent',
      'creditCode',
      'delegation',
      'businessLicence',
    ]);
  });

  it('treats blank text as missing', () => {
    expect(fields({ ...complete, name: '   ' })).toEqual(['name']);
  });

  it('asks an overseas organization for neither credit code, delegation nor licence', () => {
    const { creditCode, delegationPath, businessLicence, ...overseas } = complete;
    expect(fields({ ...overseas, category: 'overseasEnterprise' })).toEqual([]);
    expect([creditCode, delegationPath, businessLicence]).toHaveLength(3);
  });

  it('gives each problem in Chinese and English', () => {
    const [problem] = organizationSubmissionProblems({ ...complete, privacyConsentAt: null });
    expect(problem).toEqual({
      field: 'privacyConsent',
      code: 'consentRequired',
      zh: expect.stringContaining('隐私'),
      en: expect.stringContaining('privacy'),
    });
  });
});

describe('the wizard step a submission problem belongs to', () => {
  it('resumes on the first step that still misses something', () => {
    expect(firstIncompleteStep({ ...complete, businessLicence: null, address: '' })).toBe(
      'licence',
    );
    expect(firstIncompleteStep({ ...complete, contactMobile: null })).toBe('details');
    expect(firstIncompleteStep({ ...complete, privacyConsentAt: null })).toBe('details');
    expect(firstIncompleteStep(complete)).toBe('preview');
  });

  it('sends problems no step fixes (credit code, delegation) to the preview', () => {
    expect(submissionStepOf('creditCode')).toBe('preview');
    expect(submissionStepOf('delegation')).toBe('preview');
    expect(firstIncompleteStep({ ...complete, delegationPath: null })).toBe('preview');
  });
});
