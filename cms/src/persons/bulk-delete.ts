import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { type FieldError, fieldError } from '../errors';
import { transition } from '../lifecycle/transition';

/**
 * Batch delete (批量删除): each ticked person goes through the machine's `delete` — allowed only
 * before anything was paid — with an audit row; the others come back with the reason.
 */
export async function deletePersons(strapi: Core.Strapi, caller: Caller, documentIds: string[]) {
  const owned = new Set(
    (
      (await strapi.db
        .connection('persons')
        .whereIn('document_id', documentIds)
        .andWhere('organization_ref', caller.organizationRef ?? '')
        .select('document_id')) as { document_id: string }[]
    ).map((r) => r.document_id),
  );
  const results: { documentId: string; ok: boolean; errors?: FieldError[] }[] = [];
  for (const documentId of documentIds) {
    if (!owned.has(documentId)) {
      results.push({
        documentId,
        ok: false,
        errors: [fieldError('documentId', 'notFound', '未找到该人员', 'Person not found')],
      });
      continue;
    }
    try {
      await transition(strapi, {
        uid: 'api::person.person',
        machine: 'person',
        documentId,
        action: 'delete',
        actor: 'liaison',
        userId: caller.userId,
      });
      results.push({ documentId, ok: true });
    } catch (error) {
      const details = (error as { details?: { errors?: FieldError[] } }).details;
      if (!details?.errors) throw error;
      results.push({ documentId, ok: false, errors: details.errors });
    }
  }
  return results;
}
