// One entry point for "is this a valid number for this ID type", with a message both apps show.
import type { IdType } from '../vocabularies';
import { isValidForeignPermanentResidentId } from './foreign-permanent-resident-id';
import {
  isValidHkMacaoResidencePermit,
  isValidResidentId,
  isValidTaiwanResidencePermit,
} from './resident-id';
import { isValidHkMacaoPermit, isValidPassport, isValidTaiwanPermit } from './travel-documents';

export interface ValidationMessage {
  code: string;
  zh: string;
  en: string;
}

const rules: Record<IdType, { check: (v: string) => boolean; message: ValidationMessage }> = {
  residentId: {
    check: (v) => isValidResidentId(v),
    message: {
      code: 'invalidResidentId',
      zh: '居民身份证号码不正确（18位，末位为数字或大写X）',
      en: 'Invalid resident ID number (18 characters, the last a digit or capital X)',
    },
  },
  hkMacaoPermit: {
    check: isValidHkMacaoPermit,
    message: {
      code: 'invalidHkMacaoPermit',
      zh: '港澳居民来往内地通行证号码不正确（H或M加8位或10位数字）',
      en: 'Invalid HK/Macao permit number (H or M followed by 8 or 10 digits)',
    },
  },
  taiwanPermit: {
    check: isValidTaiwanPermit,
    message: {
      code: 'invalidTaiwanPermit',
      zh: '台湾居民来往大陆通行证号码不正确（8位数字）',
      en: 'Invalid Taiwan permit number (8 digits)',
    },
  },
  hkMacaoResidencePermit: {
    check: (v) => isValidHkMacaoResidencePermit(v),
    message: {
      code: 'invalidHkMacaoResidencePermit',
      zh: '港澳居民居住证号码不正确（18位，以810000或820000开头）',
      en: 'Invalid HK/Macao residence permit number (18 characters starting 810000 or 820000)',
    },
  },
  taiwanResidencePermit: {
    check: (v) => isValidTaiwanResidencePermit(v),
    message: {
      code: 'invalidTaiwanResidencePermit',
      zh: '台湾居民居住证号码不正确（18位，以830000开头）',
      en: 'Invalid Taiwan residence permit number (18 characters starting 830000)',
    },
  },
  passport: {
    check: isValidPassport,
    message: {
      code: 'invalidPassport',
      zh: '护照号码不正确（5至17位大写字母或数字）',
      en: 'Invalid passport number (5 to 17 capital letters or digits)',
    },
  },
  foreignPermanentResidentId: {
    check: (v) => isValidForeignPermanentResidentId(v),
    message: {
      code: 'invalidForeignPermanentResidentId',
      zh: '外国人永久居留身份证号码不正确（15位或18位）',
      en: 'Invalid foreign permanent resident ID number (15 or 18 characters)',
    },
  },
};

const required: ValidationMessage = {
  code: 'idNumberRequired',
  zh: '请填写证件号码',
  en: 'Please enter the ID number',
};

const unknownType: ValidationMessage = {
  code: 'unknownIdType',
  zh: '不支持的证件类型',
  en: 'Unsupported ID type',
};

/** null when `value` is a valid number for `idType`, else the reason (code + zh + en). */
export function validateIdNumber(idType: IdType, value: string): ValidationMessage | null {
  if (typeof value !== 'string' || value.length === 0) return required;
  const rule = Object.hasOwn(rules, idType) ? rules[idType] : undefined;
  if (!rule) return unknownType;
  return rule.check(value) ? null : rule.message;
}
