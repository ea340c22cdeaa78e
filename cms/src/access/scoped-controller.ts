import { allowedActions, can, machines, requiresReason } from '@pvis/config';
import { type Core, factories, type UID } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  conflict,
  constraintError,
  fieldError,
  invalidFields,
  isConstraintViolation,
  notFound,
} from '../errors';
import { unknownFieldErrors } from '../input/known-fields';
import { contextFor } from '../lifecycle/context';
import { runFollowUp } from '../lifecycle/follow-ups';
import { mailsFor } from '../lifecycle/notifications';
import { checkPreconditions } from '../lifecycle/preconditions';
import { stampsFor } from '../lifecycle/stamps';
import { transition } from '../lifecycle/transition';
import { queueMails } from '../mail/outbox';
import { PERSONAL_DATA_EXPORT } from '../personal-data/export';
import { bulkTransition } from '../review/bulk';
import { type Caller, resolveCaller } from './caller';
import { accessFor, actionsOf, type RecordAction, type ResourceAccess } from './resources';
import { actorOf, isPortalRole } from './roles';
import type { Filters } from './scopes';
import { compileFilters, tableOf } from './sql-filters';

type Body = { data?: Record<string, unknown> };

/** The core controller methods we build on (present at run time; optional in Strapi's types). */
interface CoreControllerApi {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<Record<string, unknown>>;
  validateInput(data: unknown, ctx: Context): Promise<void>;
  sanitizeInput(data: unknown, ctx: Context): Promise<unknown>;
  sanitizeOutput(data: unknown, ctx: Context): Promise<unknown>;
  transformResponse(data: unknown, meta?: unknown): unknown;
}

const and = (...filters: (Filters | undefined)[]): Filters => ({
  $and: filters.filter((f): f is Filters => !!f && Object.keys(f).length > 0),
});

/** The scope of this caller on this resource for this action; null means "nothing". */
function scopeFor(access: ResourceAccess | undefined, caller: Caller, action: RecordAction) {
  const roleAccess = access?.roles[caller.role];
  return access && roleAccess && actionsOf(access, caller.role).includes(action)
    ? roleAccess.scope(caller)
    : null;
}

/** Fields in the body that this role may not write: lifecycle, money, ownership and the like. */
function forbiddenFields(
  access: ResourceAccess | undefined,
  caller: Caller,
  data: Record<string, unknown>,
) {
  return unknownFieldErrors(data, access?.roles[caller.role]?.writable ?? []);
}

/**
 * The core controller of a business record, made tenant-safe: every list is filtered by the
 * caller's scope from access/resources.ts, a record outside it answers 404, and generic writes
 * accept only the role's writable fields (lifecycle changes go through lifecycle services).
 */
export interface ScopedTools {
  strapi: Core.Strapi;
  /** The caller and the record, or 404 when the record is outside the caller's scope. */
  inScope(
    ctx: Context,
    action: RecordAction,
  ): Promise<{ caller: Caller; record: Record<string, unknown> }>;
  /** The caller and their filter for a collection action, or 404 when they have none. */
  scopeOf(ctx: Context, action: RecordAction): Promise<{ caller: Caller; scope: Filters }>;
  withActions(caller: Caller, data: unknown, context?: Record<string, unknown>): unknown;
}

type Extension = (
  tools: ScopedTools,
) => Record<string, (this: unknown, ctx: Context) => Promise<unknown>>;

export function scopedCoreController(uid: UID.ContentType, extend?: Extension) {
  return factories.createCoreController(uid, ({ strapi }: { strapi: Core.Strapi }) => {
    const access = accessFor(uid);
    const documents = () => strapi.documents(uid);

    async function inScope(ctx: Context, action: RecordAction) {
      const caller = await resolveCaller(strapi, ctx.state);
      const scope = scopeFor(access, caller, action);
      if (scope === null) throw notFound();
      const lifecycleField = access?.lifecycle?.field;
      const fields = lifecycleField ? ['documentId', lifecycleField] : ['documentId'];
      const bySql = await findInScopeBySql(String(ctx.params.id), scope, fields);
      const record =
        bySql !== undefined
          ? bySql
          : ((await documents().findFirst({
              filters: and({ documentId: { $eq: ctx.params.id } }, scope),
              fields,
            } as never)) as Record<string, unknown> | null);
      if (!record) throw notFound();
      return { caller, record };
    }

    /**
     * The same check in one SQL statement when the scope compiles (docs/architecture.md: through the
     * document service it is a transaction of three round trips on every record route); undefined
     * when it does not (relation scopes, Draft & Publish types), null when out of scope.
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

    async function checkInput(
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
      const forbidden = forbiddenFields(access, caller, record);
      // Field checks only make sense on fields the caller may send at all.
      const problems =
        forbidden.length > 0
          ? forbidden
          : ((await access?.validate?.(record, existing, { strapi, caller })) ?? []);
      if (problems.length > 0) throw invalidFields(problems);
      return record;
    }

    function lifecycleAllows(
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
          : can(
              machines[lifecycle.machine] as never,
              state as never,
              'delete' as never,
              actorOf(caller.role),
            ).ok;
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

    /**
     * Adds `allowedActions` for this caller to each record with a lifecycle (docs/lifecycles.md): the
     * portal shows exactly these buttons. Guards read the record itself (e.g. its category).
     */
    function withActions(
      caller: Caller,
      data: unknown,
      context: Record<string, unknown> = {},
    ): unknown {
      const lifecycle = access?.lifecycle;
      const role = caller.role;
      if (!isPortalRole(role) || (!lifecycle && !access?.extraActions)) return data;
      const decorate = (record: Record<string, unknown>) => {
        // Records without a lifecycle (statement lines, red-letter invoices) have only their own.
        if (!lifecycle) {
          return { ...record, allowedActions: access!.extraActions!(record, caller, context) };
        }
        const state = record[lifecycle.field];
        if (typeof state !== 'string') return record;
        const actions = allowedActions(
          machines[lifecycle.machine] as never,
          state as never,
          actorOf(role),
          { ...context, ...record } as never,
        );
        // Beyond the machine: a generic edit where the state allows it, and the resource's own.
        const edit =
          lifecycle.editableStates.includes(state) && actionsOf(access, role).includes('update')
            ? ['edit']
            : [];
        const extra = access.extraActions?.(record, caller, context) ?? [];
        return { ...record, allowedActions: [...actions, ...edit, ...extra] };
      };
      if (Array.isArray(data)) return data.map((r) => decorate(r as Record<string, unknown>));
      return data && typeof data === 'object' ? decorate(data as Record<string, unknown>) : data;
    }

    async function write<T>(run: () => Promise<T>) {
      try {
        return await run();
      } catch (error) {
        if (isConstraintViolation(error)) throw constraintError(error);
        throw error;
      }
    }

    return {
      /** GET /<plural>/:id/history — the record's review log, oldest first. */
      async history(ctx: Context) {
        await inScope(ctx, 'history');
        const logs = await strapi.documents('api::review-log.review-log').findMany({
          filters: { recordRef: String(ctx.params.id), machine: { $ne: PERSONAL_DATA_EXPORT } },
          fields: ['action', 'fromState', 'toState', 'actorRole', 'actorName', 'reason', 'at'],
          sort: 'id:asc',
          limit: 500,
        } as never);
        ctx.body = { data: logs };
      },

      async find(ctx: Context) {
        const caller = await resolveCaller(strapi, ctx.state);
        const scope = scopeFor(access, caller, 'find');
        if (scope === null) throw notFound();
        const core = this as unknown as CoreControllerApi;
        const service = strapi.service(uid as never) as unknown as {
          find(params: unknown): Promise<{ results: unknown[]; pagination: unknown }>;
          /** A service's own SQL for the lists it covers (docs/architecture.md); null: not this query. */
          findInScope?(
            query: Record<string, unknown>,
            scope: Filters,
          ): Promise<{ results: unknown[]; pagination: unknown } | null>;
        };
        const present = async (rows: unknown[], pagination: unknown) => {
          const records = rows as Record<string, unknown>[];
          const shown = access?.listView ? records.map(access.listView) : records;
          const context = await access?.actionContext?.(strapi, caller);
          return core.transformResponse(withActions(caller, shown, context), { pagination });
        };
        const own = await service.findInScope?.(ctx.query as Record<string, unknown>, scope);
        if (own) return present(own.results, own.pagination);
        await core.validateQuery(ctx);
        const query = await core.sanitizeQuery(ctx);
        const { results, pagination } = await service.find({
          ...query,
          filters: and(query.filters as Filters | undefined, scope),
        });
        return present((await core.sanitizeOutput(results, ctx)) as unknown[], pagination);
      },

      async findOne(ctx: Context) {
        const { caller } = await inScope(ctx, 'findOne');
        const response = (await super.findOne(ctx)) as { data?: unknown } | undefined;
        if (response?.data && access?.recordShown) {
          await access.recordShown(strapi, ctx, caller, response.data as Record<string, unknown>);
        }
        const context = await access?.actionContext?.(strapi, caller);
        return response
          ? { ...response, data: withActions(caller, response.data, context) }
          : response;
      },

      async create(ctx: Context) {
        const core = this as unknown as CoreControllerApi;
        const caller = await resolveCaller(strapi, ctx.state);
        if (scopeFor(access, caller, 'create') === null) throw notFound();
        const data = await checkInput(caller, (ctx.request.body as Body)?.data, null);
        await core.validateInput(data, ctx);
        const sanitized = (await core.sanitizeInput(data, ctx)) as Record<string, unknown>;
        const derived = (await access?.derive?.(strapi, sanitized)) ?? {};
        const owned = access?.ownedByOrganization
          ? {
              organizationRef: caller.organizationRef,
              organization: caller.organizationRef,
              editionNumber: caller.editionNumber,
            }
          : {};
        const admitted = (await access?.admit?.(strapi, caller, sanitized)) ?? {};
        const created = await write(() =>
          documents().create({
            data: { ...sanitized, ...derived, ...owned, ...admitted },
          } as never),
        );
        ctx.status = 201;
        return core.transformResponse(await core.sanitizeOutput(created, ctx));
      },

      async update(ctx: Context) {
        const core = this as unknown as CoreControllerApi;
        const { caller, record } = await inScope(ctx, 'update');
        lifecycleAllows(caller, record, 'update');
        // The stored record, so a field is checked against the ones it depends on (ID type ↔ number).
        const stored = access?.validate
          ? ((await documents().findOne({ documentId: ctx.params.id } as never)) as Record<
              string,
              unknown
            > | null)
          : record;
        const data = await checkInput(caller, (ctx.request.body as Body)?.data, stored);
        await core.validateInput(data, ctx);
        const sanitized = (await core.sanitizeInput(data, ctx)) as Record<string, unknown>;
        const derived = (await access?.derive?.(strapi, sanitized)) ?? {};
        const updated = await write(() =>
          documents().update({
            documentId: ctx.params.id,
            data: { ...sanitized, ...derived },
          } as never),
        );
        return core.transformResponse(await core.sanitizeOutput(updated, ctx));
      },

      /** POST /<plural>/:id/transitions — a lifecycle action; the follow-ups run in the same transaction. */
      async transition(ctx: Context) {
        const { caller } = await inScope(ctx, 'transition');
        const lifecycle = access?.lifecycle;
        const role = caller.role;
        if (!lifecycle || !isPortalRole(role)) throw notFound();
        const body = ((ctx.request.body as Body)?.data ?? {}) as {
          action?: unknown;
          reason?: unknown;
        };
        if (typeof body.action !== 'string' || !body.action) {
          throw invalidFields([
            fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action'),
          ]);
        }
        const action = body.action;
        const reason = typeof body.reason === 'string' ? body.reason : undefined;
        const documentId = String(ctx.params.id);
        const attributes = strapi.getModel(uid).attributes;
        const after = await strapi.db.transaction(async ({ trx }) => {
          const record = (await contextFor(strapi, lifecycle.machine, { documentId })) as Record<
            string,
            unknown
          >;
          const done = await transition(strapi, {
            uid,
            machine: lifecycle.machine,
            documentId,
            action,
            actor: actorOf(role),
            userId: caller.userId,
            reason,
            context: record,
            changes: stampsFor(action, reason, attributes),
            precondition: (locked, trx) =>
              checkPreconditions(strapi, lifecycle.machine, action, locked, trx),
          });
          if (done.to === null) return null;
          const final =
            (await runFollowUp(strapi, lifecycle.machine, action, done.record)) ?? done.record;
          // In the same transaction (outbox): queued exactly when the transition commits, so a
          // rolled-back one sends nothing; a queued mail survives SMTP outages.
          const mails = mailsFor(lifecycle.machine, action, String(final[lifecycle.field]), final);
          await queueMails(mails, trx);
          return final;
        });
        // The row the transition locked and wrote, not a fresh read: sanitised like any output.
        const core = this as unknown as CoreControllerApi;
        const output = after ? await core.sanitizeOutput(after, ctx) : null;
        const context = await access?.actionContext?.(strapi, caller);
        return core.transformResponse(withActions(caller, output, context));
      },

      /**
       * POST /<plural>/bulk-transitions `{ documentIds, action, reason? }` — one action on many
       * records, each row scoped and decided by the machine: `{ succeeded, failed: [{ documentId, code, zh, en }] }`.
       */
      async bulkTransition(ctx: Context) {
        const { caller, scope } = await scopeOf(ctx, 'bulkTransition');
        const lifecycle = access?.lifecycle;
        const role = caller.role;
        if (!lifecycle || !isPortalRole(role)) throw notFound();
        const data = ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;
        const ids = Array.isArray(data.documentIds)
          ? data.documentIds.filter((id): id is string => typeof id === 'string')
          : [];
        const reason = typeof data.reason === 'string' ? data.reason.trim() : undefined;
        const problems = [];
        if (ids.length === 0)
          problems.push(
            fieldError('documentIds', 'required', '请选择要处理的记录', 'Select the records'),
          );
        if (typeof data.action !== 'string' || !data.action)
          problems.push(
            fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action'),
          );
        else if (
          requiresReason(machines[lifecycle.machine] as never, data.action as never) &&
          !reason
        )
          problems.push(
            fieldError('reason', 'reasonRequired', '请填写原因', 'A reason is required'),
          );
        if (problems.length > 0) throw invalidFields(problems);
        const user = caller.userDocumentId
          ? await strapi.documents('plugin::users-permissions.user').findOne({
              documentId: caller.userDocumentId,
              fields: ['displayName', 'username'],
            } as never)
          : null;
        ctx.body = {
          data: await bulkTransition(strapi, {
            uid,
            machine: lifecycle.machine,
            documentIds: ids,
            action: String(data.action),
            reason: reason || undefined,
            actor: actorOf(role),
            userId: caller.userId,
            actorName: (user?.displayName ?? user?.username) as string | undefined,
            scope,
          }),
        };
      },

      async delete(ctx: Context) {
        const { caller, record } = await inScope(ctx, 'delete');
        lifecycleAllows(caller, record, 'delete');
        await documents().delete({ documentId: ctx.params.id } as never);
        ctx.status = 204;
      },

      // Last, so a resource may replace a generic handler with its own service (badge orders).
      ...extend?.({ strapi, inScope, scopeOf, withActions }),
    };
  });
}
