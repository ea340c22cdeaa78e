import { emailAddress, mobileNumber, optional, required, text } from './fields';

/** The longest each text field of a person may be (the person form's inputs stop there too). */
export const personFieldLimits = {
  name: 60,
  idNumber: 30,
  position: 60,
  mobile: 20,
  email: 120,
} as const;

/**
 * The rules of a person's free-text and contact fields (codes and the ID number have their own
 * checks: vocabularies, validateIdNumber). A person from Hong Kong, Macao, Taiwan or abroad may
 * give an international mobile; a mainland person a mainland one.
 */
export const personDetailRules = (regionType: unknown) => ({
  name: optional(text(personFieldLimits.name, { zh: '姓名', en: 'Name' })),
  position: optional(text(personFieldLimits.position, { zh: '职务', en: 'Position' })),
  mobile: optional(mobileNumber(regionType !== 'mainland')),
  email: optional(emailAddress(personFieldLimits.email)),
});

/** What every person must have, and how a missing one is told (form, import rows, links). */
export const personRequiredFields = {
  name: { zh: '请填写姓名', en: 'Enter the name' },
  regionType: { zh: '请选择地区类型', en: 'Choose the region type' },
  idType: { zh: '请选择证件类型', en: 'Choose the ID type' },
  idNumber: { zh: '请填写证件号码', en: 'Enter the ID number' },
} as const;

/** The person form's rules: the detail rules, with the name and ID number required. */
export const personFormRules = (regionType: unknown) => ({
  ...personDetailRules(regionType),
  name: required(
    text(personFieldLimits.name, { zh: '姓名', en: 'Name' }),
    personRequiredFields.name.zh,
    personRequiredFields.name.en,
  ),
  idNumber: required(
    text(personFieldLimits.idNumber, { zh: '证件号码', en: 'ID number' }),
    personRequiredFields.idNumber.zh,
    personRequiredFields.idNumber.en,
  ),
});
