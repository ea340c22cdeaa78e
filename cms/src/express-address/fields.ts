import {
  checkInput,
  expressAddressRequest,
  expressAddressUpdate,
  resolveDivision,
} from '@pvis/config';
import { areaList } from '@vant/area-data';
import type { FieldValidator } from '../access/field-rules';
import { type FieldError, fieldError } from '../errors';
import { fieldErrorsOf } from '../http/request-schema';

const DIVISION_CODES = ['provinceCode', 'cityCode', 'districtCode'] as const;

function divisionErrors(data: Record<string, unknown>, creating: boolean): FieldError[] {
  // The three codes travel together: a city alone could not be checked against its province.
  if (!creating && !DIVISION_CODES.some((field) => field in data)) return [];
  const result = resolveDivision(areaList, data);
  return result.ok
    ? []
    : [fieldError(result.problem.field, result.problem.code, result.problem.zh, result.problem.en)];
}

/**
 * An express address (证件快递常用地址) as the liaison writes it, by the express address schema:
 * every field required on create, none emptied on update; and a real province → city → district.
 * What is stored is what the schema checked: trimmed texts, the mobile's 11 digits (so `data`
 * gets the parsed values).
 */
export const validateExpressAddressFields: FieldValidator = (data, existing) => {
  const creating = existing === null;
  const fields = checkInput(creating ? expressAddressRequest : expressAddressUpdate, data);
  const problems = [
    ...divisionErrors(data, creating),
    ...(fields.ok ? [] : fieldErrorsOf(fields.problems)),
  ];
  if (fields.ok && problems.length === 0) {
    for (const [field, value] of Object.entries(fields.value))
      if (value !== undefined) data[field] = value;
  }
  return problems;
};

/** The names that go with valid codes (the validator has run), stored beside them. */
export async function divisionNamesOf(_strapi: unknown, data: Record<string, unknown>) {
  if (!DIVISION_CODES.some((field) => field in data)) return {};
  const result = resolveDivision(areaList, data);
  if (!result.ok) return {};
  const { province, city, district } = result.division;
  return { province, city, district };
}
