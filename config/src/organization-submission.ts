import { isDomesticOrganization, organizationDraftFields } from './organization-fields';
import { organizationFieldLabels } from './schemas/organization';
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
  const needed = ['name', 'address', 'contactName', 'contactMobile', 'contactEmail'] as const;
  for (const field of needed) {
    const { zh, en } = organizationFieldLabels[field];
    if (empty(org[field])) problems.push(required(field, zh, en));
  }
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

/** The business licence image (营业执照): at most 2 MB, png or jpeg judged by content. */
export const licenceUpload = {
  maxBytes: 2 * 1024 * 1024,
  mimeTypes: ['image/png', 'image/jpeg'],
  /** What a file picker offers (extensions and MIME types). */
  accept: '.png,.jpg,.jpeg,image/png,image/jpeg',
  tooLarge: { zh: '营业执照图片不能超过 2MB', en: 'The licence image must be at most 2 MB' },
  wrongType: {
    zh: '营业执照须为 png、jpg 或 jpeg 图片',
    en: 'The licence must be a png, jpg or jpeg image',
  },
} as const;

/**
 * The wizard steps after the account (营业执照 + 核对, 单位信息) and the submission problems each
 * one fixes; a problem of no step (category, credit code, delegation) is shown on the preview.
 */
export const organizationSubmissionSteps = {
  licence: ['businessLicence', 'name', 'nameEn'],
  // Every other draft field is filled in on the details step, with the privacy consent.
  details: [
    ...organizationDraftFields.filter((f) => f !== 'name' && f !== 'nameEn'),
    'privacyConsent',
  ],
} as const satisfies Record<string, readonly string[]>;

export type OrganizationSubmissionStep = keyof typeof organizationSubmissionSteps | 'preview';

/** The step that fixes a submission problem of `field` (the preview when no step does). */
export function submissionStepOf(field: string): OrganizationSubmissionStep {
  for (const [step, fields] of Object.entries(organizationSubmissionSteps))
    if ((fields as readonly string[]).includes(field)) return step as OrganizationSubmissionStep;
  return 'preview';
}

/** Where a resumed wizard starts: the first step with something the submission still needs. */
export function firstIncompleteStep(org: Record<string, unknown>): OrganizationSubmissionStep {
  const steps = organizationSubmissionProblems(org).map((p) => submissionStepOf(p.field));
  if (steps.includes('licence')) return 'licence';
  return steps.includes('details') ? 'details' : 'preview';
}

/** Whether the submission needs a business licence from an organization of this category. */
export const needsBusinessLicence = isDomesticOrganization;
