import { type Core, factories, type UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { constraintError, isConstraintViolation, notFound } from '../errors';
import { bulkTransition } from '../lifecycle/bulk-transition';
import { transitionRecord } from '../lifecycle/record-transition';
import { parseBulkRequest, parseTransitionRequest } from '../lifecycle/transition-requests';
import { PERSONAL_DATA_EXPORT } from '../personal-data/export';
import { actionView } from './action-view';
import type { Caller } from './caller';
import { callerName } from './caller-name';
import { inputPolicy } from './input-policy';
import type { RecordHooks } from './record-hooks';
import { and, type RecordScope, recordScope } from './record-scope';
import { accessFor } from './resources';
import { actorOf, isPortalRole } from './roles';
import type { Filters } from './scopes';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

/** The core controller methods we build on (present at run time; optional in Strapi's types). */
interface CoreControllerApi {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<Record<string, unknown>>;
  validateInput(data: unknown, ctx: Context): Promise<void>;
  sanitizeInput(data: unknown, ctx: Context): Promise<unknown>;
  sanitizeOutput(data: unknown, ctx: Context): Promise<unknown>;
  transformResponse(data: unknown, meta?: unknown): unknown;
}

/** What a resource's own routes build on: its record scope and its action view. */
export interface ScopedTools extends RecordScope {
  strapi: Core.Strapi;
  withActions(caller: Caller, data: unknown, context?: Record<string, unknown>): unknown;
}

type Extension = (
  tools: ScopedTools,
) => Record<string, (this: unknown, ctx: Context) => Promise<unknown>>;

/** A unique or check constraint the database refused answers 4xx with its field, not 500. */
async function write<T>(run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (isConstraintViolation(error)) throw constraintError(error);
    throw error;
  }
}

/**
 * The core controller of a business record, made tenant-safe: every list is filtered by the
 * caller's scope from access/resources/, a record outside it answers 404 (record-scope.ts),
 * generic writes accept only the role's writable fields in an editable state (input-policy.ts),
 * and records carry the caller's `allowedActions` (action-view.ts). Lifecycle changes go through
 * lifecycle/. `extend` adds or replaces routes; `hooks` are what the record's own domain adds
 * (field checks, derived fields, its own actions).
 */
export function scopedCoreController(
  uid: UID.ContentType,
  extend?: Extension,
  hooks: RecordHooks = {},
) {
  return factories.createCoreController(uid, ({ strapi }: { strapi: Core.Strapi }) => {
    const access = accessFor(uid);
    const documents = () => strapi.documents(uid);
    const { inScope, scopeOf } = recordScope(strapi, uid);
    const { acceptedInput, assertStateAllows } = inputPolicy(strapi, access, hooks);
    const withActions = actionView(access, hooks);

    return {
      /** GET /<plural>/:id/history — the record's review log, oldest first. */
      async history(ctx: Context) {
        await inScope(ctx, 'history');
        const logs = await strapi.documents('api::review-log.review-log').findMany({
          filters: { recordRef: String(ctx.params.id), machine: { $ne: PERSONAL_DATA_EXPORT } },
          fields: ['action', 'fromState', 'toState', 'actorRole', 'actorName', 'reason', 'at'],
          sort: 'id:asc',
          limit: 500,
        });
        ctx.body = { data: logs };
      },

      async find(ctx: Context) {
        const { caller, scope } = await scopeOf(ctx, 'find');
        const core = this as unknown as CoreControllerApi;
        const service = strapi.service(uid) as unknown as {
          find(params: unknown): Promise<{ results: unknown[]; pagination: unknown }>;
          /** A service's own SQL for the lists it covers (docs/data-layer.md); null: not this query. */
          findInScope?(
            query: Record<string, unknown>,
            scope: Filters,
          ): Promise<{ results: unknown[]; pagination: unknown } | null>;
        };
        const present = async (rows: unknown[], pagination: unknown) => {
          const records = rows as Record<string, unknown>[];
          const shown = hooks.listView ? records.map(hooks.listView) : records;
          const context = await hooks.actionContext?.(strapi, caller);
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
        if (response?.data && hooks.recordShown) {
          await hooks.recordShown(strapi, ctx, caller, response.data as Record<string, unknown>);
        }
        const context = await hooks.actionContext?.(strapi, caller);
        return response
          ? { ...response, data: withActions(caller, response.data, context) }
          : response;
      },

      async create(ctx: Context) {
        const core = this as unknown as CoreControllerApi;
        const { caller } = await scopeOf(ctx, 'create');
        const data = await acceptedInput(caller, (ctx.request.body as Body)?.data, null);
        await core.validateInput(data, ctx);
        const sanitized = (await core.sanitizeInput(data, ctx)) as Record<string, unknown>;
        const derived = (await hooks.derive?.(strapi, sanitized)) ?? {};
        const owned = access?.ownedByOrganization
          ? {
              organizationRef: caller.organizationRef,
              organization: caller.organizationRef,
              editionNumber: caller.editionNumber,
            }
          : {};
        const admitted = (await hooks.admit?.(strapi, caller, sanitized)) ?? {};
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
        assertStateAllows(caller, record, 'update');
        // The stored record, so a field is checked against the ones it depends on (ID type ↔ number).
        const stored = hooks.validate
          ? ((await documents().findOne({ documentId: ctx.params.id })) as Record<
              string,
              unknown
            > | null)
          : record;
        const data = await acceptedInput(caller, (ctx.request.body as Body)?.data, stored);
        await core.validateInput(data, ctx);
        const sanitized = (await core.sanitizeInput(data, ctx)) as Record<string, unknown>;
        const derived = (await hooks.derive?.(strapi, sanitized)) ?? {};
        const updated = await write(() =>
          documents().update({
            documentId: ctx.params.id,
            data: { ...sanitized, ...derived },
          }),
        );
        return core.transformResponse(await core.sanitizeOutput(updated, ctx));
      },

      /** POST /<plural>/:id/transitions — a lifecycle action; the follow-ups run in the same transaction. */
      async transition(ctx: Context) {
        const { caller } = await inScope(ctx, 'transition');
        const lifecycle = access?.lifecycle;
        const role = caller.role;
        if (!lifecycle || !isPortalRole(role)) throw notFound();
        const { action, reason } = parseTransitionRequest(bodyOf(ctx));
        const after = await transitionRecord(strapi, {
          uid,
          machine: lifecycle.machine,
          field: lifecycle.field,
          documentId: String(ctx.params.id),
          action,
          reason,
          actor: actorOf(role),
          userId: caller.userId,
        });
        // The row the transition locked and wrote, not a fresh read: sanitised like any output.
        const core = this as unknown as CoreControllerApi;
        const output = after ? await core.sanitizeOutput(after, ctx) : null;
        const context = await hooks.actionContext?.(strapi, caller);
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
        const { documentIds, action, reason } = parseBulkRequest(bodyOf(ctx), lifecycle.machine);
        ctx.body = {
          data: await bulkTransition(strapi, {
            uid,
            machine: lifecycle.machine,
            documentIds,
            action,
            reason,
            actor: actorOf(role),
            userId: caller.userId,
            actorName: await callerName(strapi, caller),
            scope,
          }),
        };
      },

      async delete(ctx: Context) {
        const { caller, record } = await inScope(ctx, 'delete');
        assertStateAllows(caller, record, 'delete');
        await documents().delete({ documentId: ctx.params.id });
        ctx.status = 204;
      },

      // Last, so a resource may replace a generic handler with its own service (badge orders).
      ...extend?.({ strapi, inScope, scopeOf, withActions }),
    };
  });
}
