import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound } from '../errors';
import { type Caller, resolveCaller } from './caller';
import { accessFor, actionsOf, type RecordAction, type ResourceAccess } from './resources';
import type { Filters } from './scopes';
import { compileFilters, tableOf } from './sql-filters';

/** Both filters at once; empty ones are left out. */
export const and = (...filters: (Filters | undefined)[]): Filters => ({
  $and: filters.filter((f): f is Filters => !!f && Object.keys(f).length > 0),
});

/** The scope of this caller on this resource for this action; null means "nothing". */
function scopeFor(
  access: ResourceAccess | undefined,
  caller: Caller,
  action: RecordAction,
): Filters | null {
  const roleAccess = access?.roles[caller.role];
  return access && roleAccess && actionsOf(access, caller.role).includes(action)
    ? roleAccess.scope(caller)
    : null;
}

export interface RecordScope {
  /** The caller and the record, or 404 when the record is outside the caller's scope. */
  inScope(
    ctx: Context,
    action: RecordAction,
  ): Promise<{ caller: Caller; record: Record<string, unknown> }>;
  /** The caller and their filter for a collection action, or 404 when they have none. */
  scopeOf(ctx: Context, action: RecordAction): Promise<{ caller: Caller; scope: Filters }>;
}

/**
 * Which records of one resource the caller of a request may reach, from the access table: a
 * record outside the scope answers 404 exactly like a record that does not exist.
 */
export function recordScope(strapi: Core.Strapi, uid: UID.ContentType): RecordScope {
  const access = accessFor(uid);

  /**
   * The check in one SQL statement when the scope compiles (docs/architecture.md: through the document
   * service it is a transaction of three round trips on every record route); undefined when it
   * does not (relation scopes, Draft & Publish types), null when out of scope.
   */
  async function findInScopeBySql(documentId: string, scope: Filters, fields: string[]) {
    if (strapi.getModel(uid).options?.draftAndPublish) return undefined;
    const { table, columns } = tableOf(strapi, uid);
    const where = compileFilters(columns, 't', scope);
    const selected = ['id', ...fields].map((f) => columns.get(f));
    if (!where || selected.some((c) => !c)) return undefined;
    const row = (await strapi.db
      .connection(`${table} as t`)
      .select(selected.map((c, i) => `t.${c!.column} as ${['id', ...fields][i]}`))
      .where('t.document_id', documentId)
      .modify(where)
      .first()) as Record<string, unknown> | undefined;
    return row ?? null;
  }

  async function scopeOf(ctx: Context, action: RecordAction) {
    const caller = await resolveCaller(strapi, ctx.state);
    const scope = scopeFor(access, caller, action);
    if (scope === null) throw notFound();
    return { caller, scope };
  }

  async function inScope(ctx: Context, action: RecordAction) {
    const { caller, scope } = await scopeOf(ctx, action);
    const lifecycleField = access?.lifecycle?.field;
    const fields = lifecycleField ? ['documentId', lifecycleField] : ['documentId'];
    const bySql = await findInScopeBySql(String(ctx.params.id), scope, fields);
    const record =
      bySql !== undefined
        ? bySql
        : ((await strapi.documents(uid).findFirst({
            filters: and({ documentId: { $eq: ctx.params.id } }, scope),
            fields,
          } as never)) as Record<string, unknown> | null);
    if (!record) throw notFound();
    return { caller, record };
  }

  return { inScope, scopeOf };
}
