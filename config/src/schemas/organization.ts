import { z } from 'zod';
import { visitPurposes } from '../vocabularies';
import { emailAddress, mobileNumber, optional, required, text } from './fields';
import { bilingual } from './message';

/** How the organization fields are named in messages (and in the submission check). */
export const organizationFieldLabels = {
  name: { zh: '单位名称', en: 'Organization name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  countryOrRegion: { zh: '国家或地区', en: 'Country or region' },
  address: { zh: '单位地址', en: 'Address' },
  contactName: { zh: '联系人', en: 'Contact name' },
  contactMobile: { zh: '联系人手机', en: 'Contact mobile' },
  contactEmail: { zh: '联系人邮箱', en: 'Contact email' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  intendedImports: { zh: '拟进口商品或服务', en: 'Intended imports' },
} as const;

/** The longest each text field may be (the wizard's inputs stop there too). */
export const organizationFieldLimits = {
  name: 200,
  nameEn: 300,
  countryOrRegion: 100,
  address: 300,
  contactName: 50,
  contactEmail: 254,
  contactPhone: 30,
  intendedImports: 2000,
} as const;

const labelled = (field: keyof typeof organizationFieldLimits) =>
  text(organizationFieldLimits[field], organizationFieldLabels[field]);

const visitPurposeCodes = visitPurposes.map((p) => p.code) as [string, ...string[]];

/**
 * Each draft field's rule (暂存): a given value must be well formed; whether it may be left empty
 * is the submission's question (organizationSubmissionProblems). Overseas organizations may give
 * an international contact mobile.
 */
export const organizationDraftRules = (domestic: boolean) => ({
  name: optional(labelled('name')),
  nameEn: optional(labelled('nameEn')),
  countryOrRegion: optional(labelled('countryOrRegion')),
  address: optional(labelled('address')),
  contactName: optional(labelled('contactName')),
  contactMobile: optional(mobileNumber(!domestic)),
  contactEmail: optional(emailAddress()),
  contactPhone: optional(labelled('contactPhone')),
  visitPurposes: optional(
    z.array(
      z.enum(
        visitPurposeCodes,
        bilingual('invalidVisitPurpose', '参观目的无效', 'Unknown visit purpose'),
      ),
      bilingual('invalidVisitPurpose', '参观目的须为列表', 'Visit purposes must be a list'),
    ),
  ),
  intendedImports: optional(labelled('intendedImports')),
  publishIntendedImports: optional(
    z.boolean(bilingual('invalidType', '须为是或否', 'Must be true or false')),
  ),
});

const requiredMessage = (field: keyof typeof organizationFieldLabels) =>
  [
    `请填写${organizationFieldLabels[field].zh}`,
    `${organizationFieldLabels[field].en} is required`,
  ] as const;

/**
 * The same rules where the wizard asks for a value before it moves on (the fields the
 * submission needs, and the country of an overseas organization).
 */
export const organizationWizardRules = (domestic: boolean) => {
  const draft = organizationDraftRules(domestic);
  return {
    ...draft,
    name: required(labelled('name'), ...requiredMessage('name')),
    countryOrRegion: domestic
      ? draft.countryOrRegion
      : required(labelled('countryOrRegion'), ...requiredMessage('countryOrRegion')),
    address: required(labelled('address'), ...requiredMessage('address')),
    contactName: required(labelled('contactName'), ...requiredMessage('contactName')),
    contactMobile: required(mobileNumber(!domestic), ...requiredMessage('contactMobile')),
    contactEmail: required(emailAddress(), ...requiredMessage('contactEmail')),
    visitPurposes: required(
      z
        .array(z.string())
        .min(1, bilingual('required', '请选择参观目的', 'Choose at least one visit purpose')),
      '请选择参观目的',
      'Choose at least one visit purpose',
    ),
    interests: required(
      z
        .array(z.string())
        .min(
          1,
          bilingual(
            'required',
            '请选择感兴趣的行业和产品',
            'Choose the exhibition areas and products you are interested in',
          ),
        ),
      '请选择感兴趣的行业和产品',
      'Choose the exhibition areas and products you are interested in',
    ),
  };
};

/** A draft update (generic PUT): only the fields sent are checked; see organizationDraftRules. */
export const organizationDraftRequest = (domestic: boolean) =>
  z.object(organizationDraftRules(domestic));
