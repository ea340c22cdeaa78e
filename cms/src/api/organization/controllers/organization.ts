import type { Context } from 'koa';
import { delegationPathOf, validateOrganizationFields } from '../../../access/field-rules';
import type { RecordHooks } from '../../../access/record-hooks';
import { scopedCoreController } from '../../../access/scoped-controller';
import { conflict, fieldError } from '../../../errors';
import { sendPersonalData } from '../../../personal-data/export';
import { currentEdition } from '../../../registration/edition';
import { storeLicence } from '../../../registration/licence';
import { organizationsWorkbook } from '../../../review/export';
import { reviewStats } from '../../../review/stats';
import { sendStreamedWorkbook } from '../../../spreadsheet/streamed-export';
import { linkedFile, sendStoredFile } from '../../../uploads/personal-file-response';

const UID = 'api::organization.organization';
type Ctx = Context;

/** The contact fields are checked; the delegation's path follows from the delegation. */
const organizationRecord: RecordHooks = {
  validate: validateOrganizationFields,
  derive: delegationPathOf,
};

/**
 * Core routes scoped by access/resources/organization.ts (bulk transitions included), plus the registration
 * and review desk routes of issue 3: licence, consent, XLSX export, counts (cms/API.md).
 */
export default scopedCoreController(
  UID,
  ({ strapi, inScope, scopeOf, withActions }) => {
    const organizations = () => strapi.documents(UID);
    const editable = (record: Record<string, unknown>) => {
      if (!['draft', 'rejected'].includes(String(record.reviewStatus))) {
        throw conflict([
          fieldError(
            'reviewStatus',
            'notEditableInState',
            '当前状态不允许修改',
            'Cannot change in the current state',
          ),
        ]);
      }
    };
    return {
      /** POST /organizations/:id/licence (multipart `file`); the replaced licence's bytes are deleted. */
      async licence(ctx: Ctx) {
        const { caller, record } = await inScope(ctx, 'licence');
        editable(record);
        const files = (ctx.request as unknown as { files?: Record<string, never> }).files;
        const stored = await storeLicence(strapi, files?.file);
        const updated = await organizations().update({
          documentId: String(ctx.params.id),
          data: { businessLicence: stored.id },
          populate: { businessLicence: { fields: ['mime', 'size', 'name'] } },
        });
        ctx.body = { data: withActions(caller, updated) };
      },

      /** GET /organizations/:id/licence — the licence image itself, to those who may see it. */
      async viewLicence(ctx: Ctx) {
        await inScope(ctx, 'viewLicence');
        const file = await linkedFile(strapi, UID, String(ctx.params.id), 'businessLicence');
        await sendStoredFile(strapi, ctx, file, 'licence');
      },

      /** POST /organizations/:id/consent — the current edition's privacy policy, version and time. */
      async consent(ctx: Ctx) {
        const { caller, record } = await inScope(ctx, 'consent');
        editable(record);
        const edition = await currentEdition(strapi);
        const updated = await organizations().update({
          documentId: String(ctx.params.id),
          data: {
            privacyPolicyVersion: edition.privacyPolicyVersion ?? 'current',
            privacyConsentAt: new Date().toISOString(),
          },
        });
        ctx.body = { data: withActions(caller, updated) };
      },

      /** GET /organizations/:id/personal-data — ZIP of all the organization's data (PIPL access right). */
      async personalData(ctx: Ctx) {
        const { caller } = await inScope(ctx, 'personalData');
        await sendPersonalData(strapi, ctx, String(ctx.params.id), caller);
      },

      /** GET /organizations/export?<list filters> — XLSX of the filtered, scoped list. */
      async export(this: unknown, ctx: Ctx) {
        const { scope } = await scopeOf(ctx, 'export');
        const core = this as {
          validateQuery(c: Ctx): Promise<void>;
          sanitizeQuery(c: Ctx): Promise<Record<string, unknown>>;
        };
        await core.validateQuery(ctx);
        const query = await core.sanitizeQuery(ctx);
        const filters = { $and: [query.filters ?? {}, scope] };
        const stream = await organizationsWorkbook(
          (page, pageSize) =>
            organizations().findMany({
              filters,
              sort: query.sort ?? 'submittedAt:desc',
              fields: [
                'name',
                'creditCode',
                'category',
                'reviewStatus',
                'submittedAt',
                'contactName',
                'contactMobile',
                'contactEmail',
                'address',
                'rejectionReason',
              ],
              populate: { delegation: { fields: ['nameZh'] } },
              limit: pageSize,
              start: (page - 1) * pageSize,
            } as never) as never,
        );
        sendStreamedWorkbook(ctx, stream, 'organizations');
      },

      /** GET /organizations/stats — counts by state and by sub-delegation, within the caller's scope. */
      async stats(ctx: Ctx) {
        const { caller, scope } = await scopeOf(ctx, 'stats');
        const edition = await currentEdition(strapi);
        ctx.body = {
          data: await reviewStats(strapi, edition.number, scope, caller.delegationPath),
        };
      },
    };
  },
  organizationRecord,
);
