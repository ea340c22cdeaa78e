import { z } from 'zod';
import { isDomesticOrganization } from '../organization-fields';
import { isValidMobile } from '../validators/contact';
import { isValidCreditCode } from '../validators/credit-code';
import { organizationCategories } from '../vocabularies';
import { emailAddress, mobileNumber, required } from './fields';
import { bilingual } from './message';

const categoryCodes = organizationCategories.map((c) => c.code) as [string, ...string[]];

/** The rules of each field of `POST /api/registration` for an organization of `category`. */
export const registrationRules = (category: unknown) => {
  const domestic = isDomesticOrganization(category);
  return {
    category: required(
      z.enum(
        categoryCodes,
        bilingual('invalidCategory', '请选择单位类别', 'Choose the organization category'),
      ),
      '请选择单位类别',
      'Choose the organization category',
    ),
    // Domestic liaisons verify a mainland number by SMS; overseas ones may give any number.
    mobile: required(mobileNumber(!domestic), '请输入手机号码', 'Enter the mobile number'),
    creditCode: domestic
      ? required(
          z
            .string()
            .trim()
            .toUpperCase()
            .refine(
              isValidCreditCode,
              bilingual(
                'invalidCreditCode',
                '统一社会信用代码不正确（18位，含校验码）',
                'Invalid Unified Social Credit Code (18 characters with check character)',
              ),
            ),
          '请输入统一社会信用代码',
          'Enter the credit code',
        )
      : z
          .unknown()
          .optional()
          .transform(() => undefined),
    email: required(emailAddress(), '请输入邮箱', 'Enter the email'),
  };
};

export const registrationRequest = (category: unknown) => z.object(registrationRules(category));

/**
 * How a registration proves its contact: a mainland mobile by SMS code (`smsCode`); a number
 * abroad cannot get our SMS, so its liaison proves the account email by an email code
 * (`emailCode`) instead. Takes the normalised mobile.
 */
export const registrationVerification = (mobile: string) =>
  isValidMobile(mobile)
    ? ({ channel: 'sms', field: 'smsCode', target: 'mobile' } as const)
    : ({ channel: 'email', field: 'emailCode', target: 'email' } as const);
