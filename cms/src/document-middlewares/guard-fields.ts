import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { editorialTypes, type GuardedFields, guardedFieldsOf } from '../access/guarded-fields';
import { type FieldError, fieldError } from '../errors';
import { lifecycleService } from '../lifecycle/service-writes';

type DocumentContext = {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown> } & Record<string, unknown>;
};

const WRITES = new Set([
  'create',
  'update',
  'clone',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
]);
/** Writes that change an existing record's fields. */
const CHANGES = new Set(['update', 'clone']);

const refused = (problems: FieldError[]) =>
  new errors.ForbiddenError(problems[0]?.en ?? 'Forbidden', { errors: problems });

const notHere = (field: string, kind: string) =>
  fieldError(
    field,
    'guardedField',
    `${kind.split('|')[0]}字段只能由业务流程修改：${field}`,
    `A ${kind.split('|')[1]} field changes only through its lifecycle service: ${field}`,
  );

/**
 * Guarded fields an update carries outside a lifecycle service. Creation is the creating code's
 * (REST creates pass the role's whitelist, the admin creates nothing here): a new record needs
 * its owner and starts in the state its creator gives it; changing them afterwards is the rule.
 */
function problemsOf(data: Record<string, unknown>, guarded: GuardedFields) {
  const kinds: [Iterable<string>, string][] = [
    [guarded.lifecycle, '状态|lifecycle'],
    [guarded.money, '金额|money'],
    [guarded.ownership, '归属|ownership'],
  ];
  return kinds.flatMap(([fields, kind]) =>
    [...fields].filter((field) => field in data).map((field) => notHere(field, kind)),
  );
}

const known = new Map<string, GuardedFields>();
const guardedOf = (strapi: Core.Strapi, uid: string) => {
  let guarded = known.get(uid);
  if (!guarded) {
    guarded = guardedFieldsOf(uid, strapi.getModel(uid as UID.Schema).attributes);
    known.set(uid, guarded);
  }
  return guarded;
};

/** The Strapi admin (content manager and other admin routes) behind this call, if any. */
function fromAdmin(strapi: Core.Strapi) {
  const request = strapi.requestContext.get() as
    | { state?: { auth?: { strategy?: { name?: string } } }; path?: string }
    | undefined;
  return request?.state?.auth?.strategy?.name === 'admin';
}

/**
 * One guard for every entry point — admin, REST, scripts (issue 10, finding 4; docs/admin-and-web-security.md):
 * the admin writes editorial content only, and nobody outside a lifecycle service changes a
 * business record's lifecycle, money or ownership fields through the document service.
 * (The lifecycle services write those with SQL in a transaction, beside their audit rows.)
 */
export const guardFields =
  (strapi: Core.Strapi) => async (context: DocumentContext, next: () => Promise<unknown>) => {
    const { uid, action } = context;
    if (!uid.startsWith('api::') || editorialTypes.includes(uid) || !WRITES.has(action))
      return next();
    if (lifecycleService()) return next();
    if (fromAdmin(strapi)) {
      throw refused([
        fieldError(
          'data',
          'adminReadOnly',
          '业务数据不能在管理后台修改，请在门户中按流程办理',
          'Business records are not edited in the admin; use the portal and its workflow',
        ),
      ]);
    }
    const data = context.params.data;
    if (!CHANGES.has(action) || !data || typeof data !== 'object') return next();
    const problems = problemsOf(data, guardedOf(strapi, uid));
    if (problems.length > 0) throw refused(problems);
    return next();
  };
