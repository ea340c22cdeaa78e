/** What a liaison fills in for a person; the server sets the number and states. */
export const personDetailFields = [
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'personTag',
  'entryDateOption',
  'badgeType',
  'mobile',
  'email',
] as const;
export type PersonDetailField = (typeof personDetailFields)[number];
