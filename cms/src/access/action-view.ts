import { allowedActions, machines } from '@pvis/config';
import type { Caller } from './caller';
import type { RecordHooks } from './record-hooks';
import { actionsOf, type ResourceAccess } from './resources';
import { actorOf, isPortalRole } from './roles';

/**
 * Adds `allowedActions` for this caller to each record with a lifecycle or actions of its own
 * (docs/lifecycles.md): the portal shows exactly these buttons. Guards read the record itself (e.g. its
 * category) and the `context` the resource's `actionContext` hook gives.
 */
export function actionView(access: ResourceAccess | undefined, hooks: RecordHooks) {
  return function withActions(
    caller: Caller,
    data: unknown,
    context: Record<string, unknown> = {},
  ): unknown {
    const lifecycle = access?.lifecycle;
    const role = caller.role;
    if (!isPortalRole(role) || (!lifecycle && !hooks.extraActions)) return data;
    const decorate = (record: Record<string, unknown>) => {
      // Records without a lifecycle (statement lines, red-letter invoices) have only their own.
      if (!lifecycle) {
        return { ...record, allowedActions: hooks.extraActions!(record, caller, context) };
      }
      const state = record[lifecycle.field];
      if (typeof state !== 'string') return record;
      const actions = allowedActions(machines[lifecycle.machine], state, actorOf(role), {
        ...context,
        ...record,
      });
      // Beyond the machine: a generic edit where the state allows it, and the resource's own.
      const edit =
        lifecycle.editableStates.includes(state) && actionsOf(access, role).includes('update')
          ? ['edit']
          : [];
      const extra = hooks.extraActions?.(record, caller, context) ?? [];
      return { ...record, allowedActions: [...actions, ...edit, ...extra] };
    };
    if (Array.isArray(data)) return data.map((r) => decorate(r as Record<string, unknown>));
    return data && typeof data === 'object' ? decorate(data as Record<string, unknown>) : data;
  };
}
