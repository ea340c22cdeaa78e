import { type OrganizationCategory, organizationCategory } from './vocabularies';

export interface SubmissionProblem {
  field: string;
  code: 'required' | 'consentRequired' | 'delegationRequired';
  zh: string;
  en: string;
}

const required = (field: string, zh: string, en: string): SubmissionProblem => ({
  field,
  code: 'required',
  zh: `请填写${zh}`,
  en: `${en} is required`,
});

const empty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim());

/**
 * What must be true of an organization before it is submitted: every missing item at
 * once, so the wizard can mark them all. Domestic organizations also need their credit code,
 * delegation and business licence. `interests` and `businessLicence` only need to be non-empty.
 */
export function organizationSubmissionProblems(org: Record<string, unknown>): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const checks: [string, string, string][] = [
    ['name', '单位名称', 'Organization name'],
    ['address', '单位地址', 'Address'],
    ['contactName', '联系人', 'Contact name'],
    ['contactMobile', '联系人手机', 'Contact mobile'],
    ['contactEmail', '联系人邮箱', 'Contact email'],
  ];
  for (const [field, zh, en] of checks)
    if (empty(org[field])) problems.push(required(field, zh, en));
  if (!Array.isArray(org.visitPurposes) || org.visitPurposes.length === 0) {
    problems.push({
      field: 'visitPurposes',
      code: 'required',
      zh: '请选择参观目的',
      en: 'Choose at least one visit purpose',
    });
  }
  if (!Array.isArray(org.interests) || org.interests.length === 0) {
    problems.push({
      field: 'interests',
      code: 'required',
      zh: '请选择感兴趣的行业和产品',
      en: 'Choose the exhibition areas and products you are interested in',
    });
  }
  if (empty(org.privacyConsentAt)) {
    problems.push({
      field: 'privacyConsent',
      code: 'consentRequired',
      zh: '请阅读并同意个人信息及隐私保护政策',
      en: 'Consent to the privacy policy is required',
    });
  }
  const category = org.category as OrganizationCategory | undefined;
  if (!category)
    problems.push({
      field: 'category',
      code: 'required',
      zh: '请选择单位类别',
      en: 'Choose the organization category',
    });
  else if (organizationCategory(category).domestic) {
    if (empty(org.creditCode))
      problems.push(required('creditCode', '统一社会信用代码', 'Credit code'));
    if (empty(org.delegationPath)) {
      problems.push({
        field: 'delegation',
        code: 'delegationRequired',
        zh: '境内单位须选择所属交易团',
        en: 'A domestic organization must choose its delegation',
      });
    }
    if (!org.businessLicence)
      problems.push(required('businessLicence', '营业执照', 'Business licence'));
  }
  return problems;
}
