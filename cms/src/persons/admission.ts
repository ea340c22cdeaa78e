import { personRequiredFields } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { type FieldValidator, personIdentityErrors } from '../access/field-rules';
import { conflict, type FieldError, fieldError, invalidFields, notFound } from '../errors';

/** The organization a new person joins, and the edition's choices the person must pick from. */
export interface Admission {
  organizationRef: string;
  editionNumber: number;
  entryDateOptions: string[];
  badgeTypes: string[];
}

// Persons can be added once the organization has been submitted; a rejected
// organization keeps the persons it has but takes no new ones until it is submitted again.
const ADMITTING_STATES = ['submitted', 'approved'];

/**
 * Checks that the caller's organization takes persons now and returns what the server stamps
 * on each. One place for every way in: the form, the spreadsheet import, a colleague's link.
 */
export async function admissionFor(
  strapi: Core.Strapi,
  organizationRef?: string,
): Promise<Admission> {
  if (!organizationRef) throw notFound();
  const knex = strapi.db.connection;
  const organization = await knex('organizations')
    .where({ document_id: organizationRef })
    .first('review_status', 'edition_number');
  if (!organization) throw notFound();
  if (!ADMITTING_STATES.includes(organization.review_status)) {
    throw conflict([
      fieldError(
        'organization',
        'organizationNotSubmitted',
        '单位信息提交后才能添加参观人员',
        'Persons can be added once the organization has been submitted',
      ),
    ]);
  }
  return {
    organizationRef,
    editionNumber: organization.edition_number,
    ...(await editionChoices(strapi, organization.edition_number)),
  };
}

/** The entry-date options and badge types an edition offers (codes). */
export async function editionChoices(strapi: Core.Strapi, editionNumber: number) {
  const edition = (await strapi.documents('api::edition.edition').findFirst({
    filters: { number: editionNumber },
    fields: ['number'],
    populate: { entryDateOptions: { fields: ['code'] }, badgeTypes: { fields: ['code'] } },
  })) as unknown as {
    entryDateOptions?: { code: string }[];
    badgeTypes?: { code: string }[];
  } | null;
  return {
    entryDateOptions: (edition?.entryDateOptions ?? []).map((o) => o.code),
    badgeTypes: (edition?.badgeTypes ?? []).map((b) => b.code),
  };
}

export const admissionOfCaller = (strapi: Core.Strapi, caller: Caller) =>
  admissionFor(strapi, caller.organizationRef);

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Every problem with a person's fields at once: required ones (on create), the ID number for
 * its type and region, contact formats, and the edition's entry-date and badge-type codes.
 */
export function personProblems(
  data: Record<string, unknown>,
  existing: Record<string, unknown> | null,
  admission: Pick<Admission, 'entryDateOptions' | 'badgeTypes'>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [field, { zh, en }] of Object.entries(personRequiredFields)) {
    const value = field in data ? data[field] : existing?.[field];
    if (blank(value)) problems.push(fieldError(field, 'required', zh, en));
  }
  problems.push(...personIdentityErrors(data, existing));
  const option = data.entryDateOption;
  if (!blank(option) && !admission.entryDateOptions.includes(String(option))) {
    problems.push(
      fieldError(
        'entryDateOption',
        'unknownEntryDate',
        '入场日期选项无效',
        'Unknown entry-date option',
      ),
    );
  }
  const badgeType = data.badgeType;
  if (!blank(badgeType) && !admission.badgeTypes.includes(String(badgeType))) {
    problems.push(
      fieldError('badgeType', 'unknownBadgeType', '证件类型无效', 'Unknown badge type'),
    );
  }
  return problems;
}

/**
 * System-assigned person numbers (人员编号), from one PostgreSQL sequence so concurrent imports
 * never hand out the same number: `P8-0001234` for the 8th edition.
 */
export async function personNumbers(
  strapi: Core.Strapi,
  editionNumber: number,
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const { rows } = (await strapi.db.connection.raw(
    "SELECT nextval('person_numbers') AS n FROM generate_series(1, ?)",
    [count],
  )) as { rows: { n: string }[] };
  return rows.map(({ n }) => `P${editionNumber}-${n.padStart(7, '0')}`);
}

/** What the server sets on a new person, whoever sends it. */
export async function stampsForNewPersons(
  strapi: Core.Strapi,
  admission: Admission,
  count: number,
) {
  const numbers = await personNumbers(strapi, admission.editionNumber, count);
  return numbers.map((personNumber) => ({
    personNumber,
    editionNumber: admission.editionNumber,
    organizationRef: admission.organizationRef,
    organization: admission.organizationRef,
  }));
}

/** The generic create/update check for persons (its controller's record hooks). */
export const validatePerson: FieldValidator = async (data, existing, { strapi, caller }) => {
  const editionNumber = Number(existing?.editionNumber ?? caller.editionNumber);
  return personProblems(data, existing, await editionChoices(strapi, editionNumber));
};

/**
 * A person created by the liaison's form: the organization must take persons now; the server
 * sets the number, the organization and edition, and the first entry-date option by default.
 */
export async function admitPerson(
  strapi: Core.Strapi,
  caller: Caller,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const admission = await admissionOfCaller(strapi, caller);
  const problems = personProblems(data, null, admission);
  if (problems.length > 0) throw invalidFields(problems);
  const [stamps] = await stampsForNewPersons(strapi, admission, 1);
  return {
    ...stamps,
    idNumber: String(data.idNumber).trim().toUpperCase(),
    entryDateOption: data.entryDateOption ?? admission.entryDateOptions[0],
    source: 'manual',
  };
}

/**
 * The liaison's persons all share one organization, whose status the person machine's guards
 * read (badges are paid for once it is approved); other roles' actions do not depend on it.
 */
export async function personActionContext(strapi: Core.Strapi, caller: Caller) {
  if (!caller.organizationRef) return {};
  const organization = await strapi.db
    .connection('organizations as o')
    .leftJoin('editions as e', 'e.number', 'o.edition_number')
    .where('o.document_id', caller.organizationRef)
    .first('o.review_status', 'e.reuse_open');
  return {
    organizationStatus: organization?.review_status,
    reuseOpen: organization?.reuse_open === true,
  };
}
