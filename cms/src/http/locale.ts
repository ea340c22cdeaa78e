import type { Context } from 'koa';
import type { MailLocale } from '../mail/templates';

/** The caller's language from Accept-Language: English if asked for first, Chinese otherwise. */
export const localeOf = (ctx: Context): MailLocale =>
  /^\s*en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN';
