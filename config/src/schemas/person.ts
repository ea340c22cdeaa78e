import { emailAddress, mobileNumber, optional, text } from './fields';

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
