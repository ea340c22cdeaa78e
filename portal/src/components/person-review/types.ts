export type { Person } from '../person/types';

/** The organization each row names (lists and the record). */
export const PERSON_ORGANIZATION = { fields: ['name', 'creditCode', 'category'] };

/** What the record page reads with the person: the organization and the ID photo. */
export const PERSON_POPULATE = {
  organization: PERSON_ORGANIZATION,
  idPhoto: { fields: ['mime', 'width', 'height'] },
};
