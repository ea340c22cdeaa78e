import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { scopedCoreController } from '../../../access/scoped-controller';
import { fieldError, invalidFields } from '../../../errors';
import { showWholeIdNumber } from '../../../id-numbers/whole-reads';
import { wholeNumberParam } from '../../../input/query-numbers';
import { textParam } from '../../../input/query-text';
import { admitPerson, personActionContext, validatePerson } from '../../../persons/admission';
import { bringForward } from '../../../persons/bring-forward';
import { deletePersons } from '../../../persons/bulk-delete';
import { storeIdPhoto } from '../../../persons/photo';
import { previousPersons } from '../../../persons/previous';
import { personExtraActions, requestReuse } from '../../../persons/reuse';
import { sendPersonsWorkbook } from '../../../persons/spreadsheet/export';
import { personStats } from '../../../persons/stats';
import { currentEdition } from '../../../registration/edition';
import { linkedFile, sendStoredFile } from '../../../uploads/personal-file-response';

const UID = 'api::person.person';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

/** `documentIds` of a batch request, or a 400 saying which persons to tick. */
function documentIdsOf(ctx: Context) {
  const value = bodyOf(ctx).documentIds;
  const ids = Array.isArray(value)
    ? value.filter((id): id is string => typeof id === 'string')
    : [];
  if (ids.length === 0 || ids.length > 1000) {
    throw invalidFields([
      fieldError(
        'documentIds',
        'required',
        '请勾选 1 到 1000 名人员',
        'Tick between 1 and 1,000 persons',
      ),
    ]);
  }
  return ids;
}

/**
 * A person's fields are checked and admitted against the edition's rules. ID numbers are masked in
 * every answer (middlewares/id-numbers.ts); the record route shows the whole number to the roles
 * that need it, logged and rate-limited (docs/id-numbers.md).
 */
const personRecord: RecordHooks = {
  validate: validatePerson,
  admit: admitPerson,
  actionContext: personActionContext,
  extraActions: personExtraActions,
  recordShown: showWholeIdNumber,
};

/**
 * Core routes scoped by access/resources/person.ts, plus the person routes of issue 4: ID photo, badge
 * reuse, previous-edition persons and bring-forward, batch delete, counts (cms/API.md).
 */
export default scopedCoreController(
  UID,
  ({ strapi, inScope, scopeOf, withActions }) => ({
    /** POST /persons/:id/photo (multipart `file`); the replaced photo's bytes are deleted. */
    async photo(ctx: Context) {
      const { caller } = await inScope(ctx, 'photo');
      const files = (ctx.request as unknown as { files?: Record<string, never> }).files;
      const stored = await storeIdPhoto(strapi, files?.file);
      const updated = await strapi.documents(UID).update({
        documentId: String(ctx.params.id),
        data: { idPhoto: stored.id },
        populate: { idPhoto: { fields: ['mime', 'size', 'width', 'height'] } },
      });
      ctx.body = { data: withActions(caller, updated) };
    },

    /** GET /persons/:id/photo — the ID photo itself, to those who may see it. */
    async viewPhoto(ctx: Context) {
      await inScope(ctx, 'viewPhoto');
      const file = await linkedFile(strapi, UID, String(ctx.params.id), 'idPhoto');
      await sendStoredFile(strapi, ctx, file, 'id-photo');
    },

    /** POST /persons/:id/reuse `{ previousBadgeNumber }`. */
    async reuse(ctx: Context) {
      const { caller } = await inScope(ctx, 'reuse');
      const done = await requestReuse(
        strapi,
        caller,
        String(ctx.params.id),
        bodyOf(ctx).previousBadgeNumber,
      );
      ctx.body = { data: withActions(caller, done.record) };
    },

    /** GET /persons/previous?edition=&idNumber=&status=a,b&name=&page=&pageSize= */
    async previous(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'previous');
      const q = ctx.query as Record<string, unknown>;
      const statuses = textParam(q, 'status')?.split(',').filter(Boolean);
      ctx.body = await previousPersons(strapi, caller.organizationRef ?? '', {
        edition: wholeNumberParam(q, 'edition', { fallback: 0, max: 999 }) || undefined,
        idNumber: textParam(q, 'idNumber'),
        statuses,
        name: textParam(q, 'name'),
        page: wholeNumberParam(q, 'page', { fallback: 1, max: 10_000 }),
        pageSize: wholeNumberParam(q, 'pageSize', { fallback: 20, max: 200 }),
      });
    },

    /** POST /persons/bring-forward `{ documentIds }` — per-row results. */
    async bringForward(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'bringForward');
      const results = await bringForward(strapi, caller.organizationRef ?? '', documentIdsOf(ctx));
      ctx.body = {
        data: results.map((r) => (r.person ? { ...r, person: withActions(caller, r.person) } : r)),
      };
    },

    /** POST /persons/bulk-delete `{ documentIds }` — per-row results. */
    async bulkDelete(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'bulkDelete');
      ctx.body = { data: await deletePersons(strapi, caller, documentIdsOf(ctx)) };
    },

    /** GET /persons/export?<list filters> — the filtered, scoped list as XLSX (persons/spreadsheet). */
    async export(this: unknown, ctx: Context) {
      const { caller, scope } = await scopeOf(ctx, 'export');
      await sendPersonsWorkbook(strapi, this as never, ctx, caller, scope);
    },

    /** GET /persons/stats — counts by status in the caller's view, current edition. */
    async stats(ctx: Context) {
      const { caller, scope } = await scopeOf(ctx, 'stats');
      const edition = caller.editionNumber ?? (await currentEdition(strapi)).number;
      ctx.body = { data: await personStats(strapi, scope, edition) };
    },
  }),
  personRecord,
);
