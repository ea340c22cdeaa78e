import type { Core, UID } from '@strapi/strapi';
import { editorialTypes } from '../access/guarded-fields';

const CONTENT_MANAGER = 'plugin::content-manager.explorer';
const WITH_FIELDS = ['create', 'read', 'update'];
const ACTIONS = [...WITH_FIELDS, 'delete', 'publish'];
/**
 * Personal files (ID photos, licences, vouchers, invoices) are upload-plugin files too, saved by
 * the cms with no admin author; editorial media is uploaded by an admin user. The editor's media
 * library shows, and lets them change, only the latter.
 */
const EDITORIAL_MEDIA = {
  name: 'uploaded-in-admin',
  displayName: 'Uploaded in the admin (editorial media)',
  handler: () => ({ 'createdBy.id': { $ne: null } }),
};
const EDITORIAL_MEDIA_ID = `api::${EDITORIAL_MEDIA.name}`;
/** The media library, without its settings; `true`: only editorial media. */
const MEDIA_LIBRARY: [string, boolean][] = [
  ['plugin::upload.read', true],
  ['plugin::upload.assets.create', false],
  ['plugin::upload.assets.update', true],
  ['plugin::upload.assets.download', true],
  ['plugin::upload.assets.copy-link', true],
  ['plugin::upload.configure-view', false],
];
const SYSTEM_FIELDS = new Set([
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/**
 * The content editor (Strapi's Editor role) gets exactly the editorial types — news, guides,
 * activities, in every locale — and the media library's editorial media; nothing else (issue 10, finding 4: it
 * saw and could edit every table). Strapi creates the role with permissions on every type and
 * before our locales exist, so this replaces them on each boot. Idempotent.
 */
async function grantEditorEditorialOnly(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const editor = await roles.findOne({ code: 'strapi-editor' });
  if (!editor) return;
  const locales = (
    (await strapi.plugin('i18n').service('locales').find()) as { code: string }[]
  ).map((l) => l.code);
  const granted = editorialTypes.flatMap((uid) => {
    const attributes = strapi.getModel(uid as UID.Schema).attributes;
    return ACTIONS.map((action) => ({
      action: `${CONTENT_MANAGER}.${action}`,
      subject: uid,
      properties: WITH_FIELDS.includes(action)
        ? { fields: Object.keys(attributes).filter((f) => !SYSTEM_FIELDS.has(f)), locales }
        : { locales },
      conditions: [],
    }));
  });
  const conditions = strapi.service('admin::permission').conditionProvider;
  if (!conditions.has(EDITORIAL_MEDIA_ID)) await conditions.register(EDITORIAL_MEDIA);
  const media = MEDIA_LIBRARY.map(([action, editorialOnly]) => ({
    action,
    subject: null,
    properties: {},
    conditions: editorialOnly ? [EDITORIAL_MEDIA_ID] : [],
  }));
  await roles.assignPermissions(editor.id, [...granted, ...media]);
}

/**
 * Strapi registers `explorer.read` on hidden types too (create, update, delete and publish only
 * on shown ones), gives it to the super admin again on each boot and to Author-like roles on
 * creation: take every content-manager permission on a business type back from every admin
 * role, so business records, with their ID numbers, are read in the portal only, scoped and
 * logged. Runs after Strapi's reset (the app's bootstrap runs after the admin's).
 */
async function noAdminReadsBusinessTypes(strapi: Core.Strapi) {
  const permissions = strapi.service('admin::permission');
  const granted = (await permissions.findMany({
    where: { action: { $startsWith: CONTENT_MANAGER } },
  })) as { id: number; subject: string | null }[];
  const business = granted.filter(
    (p) => p.subject?.startsWith('api::') && !editorialTypes.includes(p.subject),
  );
  if (business.length > 0) await permissions.deleteByIds(business.map((p) => p.id));
}

/** The admin is for editorial content (docs/admin-and-web-security.md; issue 10, finding 4). */
export async function limitAdminToEditorial(strapi: Core.Strapi) {
  await grantEditorEditorialOnly(strapi);
  await noAdminReadsBusinessTypes(strapi);
}
