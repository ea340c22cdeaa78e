import { isValidMobile, isValidPostcode, resolveDivision } from '@pvis/config';
import { areaList } from '@vant/area-data';
import type { FieldValidator } from '../access/field-rules';
import { type FieldError, fieldError } from '../errors';

const DIVISION_CODES = ['provinceCode', 'cityCode', 'districtCode'] as const;

// Mobile and postcode have exact formats, checked below; the free texts have a length limit.
const REQUIRED: { field: string; zh: string; en: string; max?: number }[] = [
  { field: 'street', zh: '请填写详细地址', en: 'Enter the street address', max: 200 },
  { field: 'recipient', zh: '请填写收件人', en: 'Enter the recipient', max: 50 },
  { field: 'mobile', zh: '请填写手机号码', en: 'Enter the mobile number' },
  { field: 'postcode', zh: '请填写邮政编码', en: 'Enter the postcode' },
];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function divisionErrors(data: Record<string, unknown>, creating: boolean): FieldError[] {
  // The three codes travel together: a city alone could not be checked against its province.
  if (!creating && !DIVISION_CODES.some((field) => field in data)) return [];
  const result = resolveDivision(areaList, data);
  return result.ok
    ? []
    : [fieldError(result.problem.field, result.problem.code, result.problem.zh, result.problem.en)];
}

/**
 * An express address (证件快递常用地址) as the liaison writes it: every field required on
 * create, none emptied on update; a real province → city → district, a mainland mobile and a
 * 6-digit postcode.
 */
export const validateExpressAddressFields: FieldValidator = (data, existing) => {
  const creating = existing === null;
  const errors = divisionErrors(data, creating);
  for (const { field, zh, en, max } of REQUIRED) {
    if (!creating && !(field in data)) continue;
    const value = text(data[field]);
    if (typeof value !== 'string' || value === '') {
      errors.push(fieldError(field, 'required', zh, en));
    } else if (max && value.length > max) {
      errors.push(fieldError(field, 'tooLong', `最多 ${max} 个字符`, `At most ${max} characters`));
    }
  }
  const mobile = data.mobile;
  if (typeof mobile === 'string' && mobile.trim() && !isValidMobile(mobile)) {
    errors.push(
      fieldError('mobile', 'invalidMobile', '手机号码格式不正确', 'Invalid mobile number'),
    );
  }
  const postcode = data.postcode;
  if (typeof postcode === 'string' && postcode.trim() && !isValidPostcode(postcode)) {
    errors.push(
      fieldError(
        'postcode',
        'invalidPostcode',
        '邮政编码应为 6 位数字',
        'The postcode has 6 digits',
      ),
    );
  }
  return errors;
};

/** The names that go with valid codes (the validator has run), stored beside them. */
export async function divisionNamesOf(_strapi: unknown, data: Record<string, unknown>) {
  if (!DIVISION_CODES.some((field) => field in data)) return {};
  const result = resolveDivision(areaList, data);
  if (!result.ok) return {};
  const { province, city, district } = result.division;
  return { province, city, district };
}
