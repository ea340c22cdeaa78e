import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { signInWithCode } from '../../../accounts/sign-in';

/** POST /api/auth/sign-in-by-code — see accounts/sign-in.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  byCode: (ctx: Context) => signInWithCode(strapi, ctx),
});
