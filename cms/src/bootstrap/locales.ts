import type { Core } from '@strapi/strapi';

/** Chinese is the expo's first language: zh-CN is the default locale, English the second. */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await locales.find();
  if (!existing.some((l) => l.code === 'zh-CN')) {
    await locales.create({ code: 'zh-CN', name: 'Chinese (Simplified) (zh-CN)' });
  }
  if (!existing.some((l) => l.code === 'en'))
    await locales.create({ code: 'en', name: 'English (en)' });
  if ((await locales.getDefaultLocale()) !== 'zh-CN')
    await locales.setDefaultLocale({ code: 'zh-CN' });
}
