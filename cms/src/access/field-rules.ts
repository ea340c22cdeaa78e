import {
  checkSentFields,
  type IdType,
  type InputSchema,
  isCode,
  isDomesticOrganization,
  isIdTypeAllowedForRegion,
  organizationDraftRules,
  personDetailRules,
  type RegionType,
  regionTypes,
  validateIdNumber,
} from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { type FieldError, fieldError, invalidFields } from '../errors';
import type { Caller } from './caller';

/** Checks the fields a generic create/update sends, with the stored record for context. */
export type FieldValidator = (
  data: Record<string, unknown>,
  existing: Record<string, unknown> | null,
  context: { strapi: Core.Strapi; caller: Caller },
) => FieldError[] | Promise<FieldError[]>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Checks the fields `data` sends against their schema rules and puts the normalised values
 * (a mobile in E.164, a trimmed name) in `data`, which is what gets written.
 */
function sentFieldErrors(rules: Record<string, InputSchema>, data: Record<string, unknown>) {
  const { problems, values } = checkSentFields(rules, data);
  if (problems.length === 0) Object.assign(data, values);
  return problems.map((p) => fieldError(p.field, p.code, p.zh, p.en));
}

export const validateOrganizationFields: FieldValidator = (data, existing) =>
  sentFieldErrors(organizationDraftRules(isDomesticOrganization(existing?.category)), data);

/** ID type must suit the region type, and the number must pass that type's check. */
export function personIdentityErrors(
  data: Record<string, unknown>,
  existing: Record<string, unknown> | null,
): FieldError[] {
  const regionType = (data.regionType ?? existing?.regionType) as RegionType | undefined;
  const errors = sentFieldErrors(personDetailRules(regionType), data);
  const idType = (data.idType ?? existing?.idType) as IdType | undefined;
  // Blank is "required" (admission.ts); anything else must be one of ours.
  const sentRegion = data.regionType;
  if (
    sentRegion !== undefined &&
    sentRegion !== null &&
    sentRegion !== '' &&
    !isCode(regionTypes, sentRegion)
  ) {
    errors.push(
      fieldError('regionType', 'invalidRegionType', '地区类型无效', 'Unknown region type'),
    );
    return errors;
  }
  // People type the check character as x as often as X; the number is one either way.
  const idNumber = text(data.idNumber ?? existing?.idNumber)
    ?.trim()
    .toUpperCase();
  if (regionType && idType && !isIdTypeAllowedForRegion(regionType, idType)) {
    errors.push(
      fieldError(
        'idType',
        'idTypeNotAllowedForRegion',
        '该地区类型不能使用此证件类型',
        'This ID type is not allowed for the region type',
      ),
    );
  } else if (idType && idNumber) {
    const problem = validateIdNumber(idType, idNumber);
    if (problem) errors.push(fieldError('idNumber', problem.code, problem.zh, problem.en));
  }
  return errors;
}

/** A new delegation brings its subtree path (scope) and referral code along. */
export async function delegationPathOf(strapi: Core.Strapi, data: Record<string, unknown>) {
  if (!('delegation' in data)) return {};
  // Only a delegation's documentId: anything else (a number, `{ connect }`, null) would set the
  // relation one way and the path another, or clear the path, and hide the organization from
  // every reviewer.
  const id = typeof data.delegation === 'string' ? data.delegation.trim() : '';
  if (!id)
    throw invalidFields([
      fieldError('delegation', 'invalidDelegation', '请选择交易团', 'Choose a delegation'),
    ]);
  const delegation = await strapi.documents('api::delegation.delegation').findOne({
    documentId: id,
    fields: ['path', 'referralCode'],
  });
  if (!delegation)
    throw invalidFields([
      fieldError('delegation', 'unknownDelegation', '所选交易团不存在', 'Unknown delegation'),
    ]);
  return { delegationPath: delegation.path, referralCode: delegation.referralCode };
}
