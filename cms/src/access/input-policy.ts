import { can, machines } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields } from '../errors';
import { unknownFieldErrors } from '../input/known-fields';
import type { Caller } from './caller';
import type { RecordHooks } from './record-hooks';
import type { ResourceAccess } from './resources';
import { actorOf, isPortalRole } from './roles';

/**
 * What a generic create or update may write: only the role's writable fields (lifecycle, money
 * and ownership go through their own services), checked by the record's own rules, and only in
 * a state that allows it.
 */
export function inputPolicy(
  strapi: Core.Strapi,
  access: ResourceAccess | undefined,
  hooks: RecordHooks,
) {
  /** The body's `data`, or a 400 naming every field the caller may not send or got wrong. */
  async function acceptedInput(
    caller: Caller,
    data: unknown,
    existing: Record<string, unknown> | null,
  ) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw invalidFields([
        fieldError(
          'data',
          'missingData',
          '请求缺少 data 对象',
          'The request body needs a data object',
        ),
      ]);
    }
    const record = data as Record<string, unknown>;
    const forbidden = unknownFieldErrors(record, access?.roles[caller.role]?.writable ?? []);
    // Field checks only make sense on fields the caller may send at all.
    const problems =
      forbidden.length > 0
        ? forbidden
        : ((await hooks.validate?.(record, existing, { strapi, caller })) ?? []);
    if (problems.length > 0) throw invalidFields(problems);
    return record;
  }

  /** 409 unless the record's state lets a portal role edit it (`editableStates`) or delete it (the machine). */
  function assertStateAllows(
    caller: Caller,
    record: Record<string, unknown>,
    action: 'update' | 'delete',
  ) {
    const lifecycle = access?.lifecycle;
    if (!lifecycle || !isPortalRole(caller.role)) return;
    const state = String(record[lifecycle.field]);
    const allowed =
      action === 'update'
        ? lifecycle.editableStates.includes(state)
        : can(machines[lifecycle.machine], state, 'delete', actorOf(caller.role)).ok;
    if (!allowed) {
      throw conflict([
        fieldError(
          lifecycle.field,
          action === 'update' ? 'notEditableInState' : 'notDeletableInState',
          `当前状态（${state}）不允许${action === 'update' ? '修改' : '删除'}`,
          `Cannot ${action} in the current state (${state})`,
        ),
      ]);
    }
  }

  return { acceptedInput, assertStateAllows };
}
