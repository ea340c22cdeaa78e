import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { invalidFields } from '../errors';
import { maskResponse } from '../id-numbers/mask-response';
import { guardIdNumberQuery } from '../id-numbers/query-rules';
import { WHOLE_FOR } from '../id-numbers/whole-reads';

/**
 * ID numbers on every content-API route, generic or custom, in one place (docs/id-numbers.md):
 * before the route, a query may only ask for a whole number exactly (rewritten to the keyed hash),
 * anything else is a 400; after it, every ID number in a JSON answer is masked, but for the one
 * person a record route was allowed to show whole. A new route cannot forget either step.
 */
const isJsonBody = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  !Buffer.isBuffer(body) &&
  typeof (body as { pipe?: unknown }).pipe !== 'function';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(prefix)) return next();
    const problems = guardIdNumberQuery(ctx.query as Record<string, unknown>);
    if (problems.length > 0) throw invalidFields(problems);
    await next();
    if (isJsonBody(ctx.body)) maskResponse(ctx.body, ctx.state[WHOLE_FOR] as string | undefined);
  };
};
