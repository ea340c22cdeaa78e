import type { Core } from '@strapi/strapi';

const CONTENT_MANAGER = 'plugin::content-manager.explorer';
const WITH_FIELDS = ['create', 'read', 'update'];
const ACTIONS = [...WITH_FIELDS, 'delete', 'publish'];
const SYSTEM_FIELDS = new Set([
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

interface AdminPermission {
  action: string;
  subject: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/**
 * Strapi creates its Editor role before our locales exist, so its permissions on localized
 * content carry no locales and the content editor sees no entries. Give the Editor every
 * content-manager action on the localized (editorial) types, in every locale. Idempotent.
 */
export async function grantEditorAllLocales(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const editor = await roles.findOne({ code: 'strapi-editor' });
  if (!editor) return;
  const locales = (
    (await strapi.plugin('i18n').service('locales').find()) as { code: string }[]
  ).map((l) => l.code);
  const localized = Object.values(strapi.contentTypes)
    .filter(
      (ct) => (ct.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized,
    )
    .filter((ct) => ct.uid.startsWith('api::'));
  const existing = (await strapi.service('admin::permission').findMany({
    where: { role: { id: editor.id } },
  })) as AdminPermission[];
  const subjects = new Set<string>(localized.map((ct) => ct.uid));
  const kept = existing
    .filter((p) => !(p.subject && subjects.has(p.subject) && p.action.startsWith(CONTENT_MANAGER)))
    .map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      properties,
      conditions,
    }));
  const granted = localized.flatMap((ct) =>
    ACTIONS.map((action) => ({
      action: `${CONTENT_MANAGER}.${action}`,
      subject: ct.uid,
      properties: WITH_FIELDS.includes(action)
        ? { fields: Object.keys(ct.attributes).filter((f) => !SYSTEM_FIELDS.has(f)), locales }
        : { locales },
      conditions: [],
    })),
  );
  await roles.assignPermissions(editor.id, [...kept, ...granted]);
}
