import { type MachineName, type OrganizationCategory, organizationCategory } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { type FieldError, fieldError, invalidFields } from '../errors';

const required = (field: string, zh: string, en: string) =>
  fieldError(field, 'required', `请填写${zh}`, `${en} is required`);

/**
 * What must be true of an organization before it is submitted (SPEC §4, issue 3): every missing
 * item at once, so the wizard can mark them all. Domestic organizations also need their credit
 * code, delegation and business licence.
 */
export function organizationSubmissionProblems(org: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  const empty = (value: unknown) =>
    value === null || value === undefined || (typeof value === 'string' && !value.trim());
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
    problems.push(
      fieldError(
        'visitPurposes',
        'required',
        '请选择参观目的',
        'Choose at least one visit purpose',
      ),
    );
  }
  if (!Array.isArray(org.interests) || org.interests.length === 0) {
    problems.push(
      fieldError(
        'interests',
        'required',
        '请选择感兴趣的行业和产品',
        'Choose the exhibition areas and products you are interested in',
      ),
    );
  }
  if (empty(org.privacyConsentAt)) {
    problems.push(
      fieldError(
        'privacyConsent',
        'consentRequired',
        '请阅读并同意个人信息及隐私保护政策',
        'Consent to the privacy policy is required',
      ),
    );
  }
  const category = org.category as OrganizationCategory | undefined;
  if (!category)
    problems.push(
      fieldError('category', 'required', '请选择单位类别', 'Choose the organization category'),
    );
  else if (organizationCategory(category).domestic) {
    if (empty(org.creditCode))
      problems.push(required('creditCode', '统一社会信用代码', 'Credit code'));
    if (empty(org.delegationPath)) {
      problems.push(
        fieldError(
          'delegation',
          'delegationRequired',
          '境内单位须选择所属交易团',
          'A domestic organization must choose its delegation',
        ),
      );
    }
    if (!org.businessLicence) {
      problems.push(
        fieldError('businessLicence', 'required', '请上传营业执照', 'Upload the business licence'),
      );
    }
  }
  return problems;
}

/**
 * Refuses a transition whose preconditions fail (400, nothing written). The related counts are
 * two small SQL counts instead of populating the relations: this runs on every submit.
 */
export async function checkPreconditions(
  strapi: Core.Strapi,
  machine: MachineName,
  action: string,
  documentId: string,
) {
  if (machine !== 'organization' || action !== 'submit') return;
  const uid = 'api::organization.organization';
  const org = (await strapi.documents(uid).findOne({ documentId } as never)) as Record<
    string,
    unknown
  > | null;
  if (!org) return;
  const interests = strapi.db.metadata.get(uid).attributes.interests as unknown as {
    joinTable: { name: string; joinColumn: { name: string } };
  };
  const db = strapi.db.connection;
  const [{ count: interestCount }] = await db(interests.joinTable.name)
    .count('* as count')
    .where(interests.joinTable.joinColumn.name, org.id as number);
  // Media live in Strapi's morph table, keyed by the owning row, its type and the field.
  const [{ count: licenceCount }] = await db('files_related_mph')
    .count('* as count')
    .where({ related_id: org.id, related_type: uid, field: 'businessLicence' });
  const problems = organizationSubmissionProblems({
    ...org,
    interests: Number(interestCount) > 0 ? [true] : [],
    businessLicence: Number(licenceCount) > 0 ? true : null,
  });
  if (problems.length > 0) throw invalidFields(problems);
}
