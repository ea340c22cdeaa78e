import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { type FieldError, fieldError, invalidFields } from '../errors';
import { listFilterErrors } from '../input/list-filters';
import { listSortErrors } from '../input/list-sort';
import { nestingErrors } from '../input/nesting-depth';
import { nulByteErrors, pathHasNul } from '../input/nul-bytes';
import { bilingualValidation } from '../input/strapi-validation';

/**
 * Placed after `strapi::body` (config/middlewares.ts): the checks every route needs before any
 * handler or query runs, each a field-level 400 with nothing written (docs/bad-input.md):
 * bodies and queries nested deeper than any form (they overflowed the stack), NUL characters anywhere (PostgreSQL refuses them), list `filters` and `sort` of a shape, field
 * or value type the query engine cannot run, and sign-in bodies whose fields are not text.
 */

/** The content type a path lists: `/api/<pluralName>/…` (undefined: not one of ours). */
function uidOfPath(strapi: Core.Strapi, path: string) {
  const plural = /^\/api\/([^/]+)/.exec(path)?.[1];
  if (!plural) return undefined;
  for (const [uid, type] of Object.entries(strapi.contentTypes)) {
    if ((type as { info: { pluralName?: string } }).info.pluralName === plural) return uid;
  }
  return undefined;
}

/** Fields of the users-permissions routes (`/api/auth/*`) that Strapi reads as text. */
export const CREDENTIALS = [
  'identifier',
  'password',
  'currentPassword',
  'passwordConfirmation',
  'email',
  'username',
  'code',
];

function credentialErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [
      fieldError('body', 'invalidBody', '请求内容应为 JSON 对象', 'The body must be a JSON object'),
    ];
  return CREDENTIALS.filter((key) => {
    const value = (body as Record<string, unknown>)[key];
    return value !== undefined && typeof value !== 'string';
  }).map((key) => fieldError(key, 'notText', `${key} 应为文本`, `${key} must be text`));
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const uids = new Map<string, string | undefined>();
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    // First: the checks after it walk the body recursively.
    const tooDeep = [
      ...nestingErrors(ctx.query, 'query'),
      ...nestingErrors(ctx.request.body, 'body'),
    ];
    if (tooDeep.length > 0) throw invalidFields(tooDeep);
    const errors: FieldError[] = [];
    if (pathHasNul(ctx.path)) errors.push(...nulByteErrors('\u0000', 'id'));
    nulByteErrors(ctx.query, '', errors);
    nulByteErrors(ctx.request.body, '', errors);
    for (const file of Object.values(ctx.request.files ?? {}).flat()) {
      nulByteErrors((file as { originalFilename?: string }).originalFilename, 'file', errors);
    }
    if (errors.length === 0 && (ctx.query.filters !== undefined || ctx.query.sort !== undefined)) {
      const plural = /^\/api\/([^/]+)/.exec(ctx.path)?.[1] ?? '';
      if (!uids.has(plural)) uids.set(plural, uidOfPath(strapi, ctx.path));
      errors.push(...listFilterErrors(strapi, uids.get(plural), ctx.query.filters));
      errors.push(...listSortErrors(strapi, uids.get(plural), ctx.query.sort));
    }
    if (errors.length === 0 && ctx.method === 'POST' && ctx.path.startsWith('/api/auth/')) {
      // No body at all is an empty one, so users-permissions' own checks name the missing
      // fields (its handlers destructure what their validation returns: undefined → 500).
      ctx.request.body ??= {};
      errors.push(...credentialErrors(ctx.request.body));
    }
    if (errors.length > 0) throw invalidFields(errors.slice(0, 10));
    try {
      return await next();
    } catch (error) {
      throw bilingualValidation(error);
    }
  };
};
