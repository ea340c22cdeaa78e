import type { Core } from '@strapi/strapi';
import { type FieldError, fieldError, isConstraintViolation } from '../errors';
import { admissionFor, personProblems, stampsForNewPersons } from './admission';
import { predecessorRefs } from './previous';

const PERSON = 'api::person.person';

/** The person data that travels to a new edition; status, payment and badge stay behind. */
const CARRIED = [
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'personTag',
  'mobile',
  'email',
] as const;

export interface BroughtForward {
  documentId: string;
  ok: boolean;
  person?: Record<string, unknown>;
  errors?: FieldError[];
}

/**
 * 往届人员带出: copies ticked earlier-edition persons into this edition as editable drafts, each
 * linked to the person it came from. Row by row, so one duplicate does not stop the others.
 */
export async function bringForward(
  strapi: Core.Strapi,
  organizationRef: string,
  documentIds: string[],
): Promise<BroughtForward[]> {
  const admission = await admissionFor(strapi, organizationRef);
  const refs = await predecessorRefs(strapi, organizationRef);
  const found = refs.length
    ? ((await strapi.documents(PERSON).findMany({
        filters: { documentId: { $in: documentIds }, organizationRef: { $in: refs } },
        fields: ['documentId', ...CARRIED],
        populate: { idPhoto: { fields: ['id'] } },
        limit: documentIds.length,
      })) as unknown as (Record<string, unknown> & { idPhoto?: { id: number } | null })[])
    : [];
  const byId = new Map(found.map((p) => [String(p.documentId), p]));
  const stamps = await stampsForNewPersons(strapi, admission, byId.size);
  const results: BroughtForward[] = [];
  for (const documentId of documentIds) {
    const previous = byId.get(documentId);
    if (!previous) {
      // Not one of this organization's earlier persons: the same answer as a missing one.
      results.push({
        documentId,
        ok: false,
        errors: [fieldError('documentId', 'notFound', '未找到该人员', 'Person not found')],
      });
      continue;
    }
    const data = Object.fromEntries(CARRIED.map((f) => [f, previous[f] ?? undefined]));
    const problems = personProblems(data, null, admission);
    if (problems.length > 0) {
      results.push({ documentId, ok: false, errors: problems });
      continue;
    }
    try {
      const person = await strapi.documents(PERSON).create({
        data: {
          ...data,
          ...stamps.pop(),
          idPhoto: previous.idPhoto?.id,
          entryDateOption: admission.entryDateOptions[0],
          source: 'broughtForward',
          previousPerson: documentId,
        },
      } as never);
      results.push({ documentId, ok: true, person: person as unknown as Record<string, unknown> });
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      results.push({
        documentId,
        ok: false,
        errors: [
          fieldError('idNumber', 'duplicate', '该人员已在本届名单中', 'Already in this edition'),
        ],
      });
    }
  }
  return results;
}
