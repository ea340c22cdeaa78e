import fs from 'node:fs/promises';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';
import { scopedCoreController } from '../../../access/scoped-controller';
import { fieldError, invalidFields } from '../../../errors';
import { admissionFor } from '../../../persons/admission';
import { editionOptions } from '../../../persons/spreadsheet/columns';
import {
  checkedSpreadsheet,
  storeImportFile,
  type UploadedFile,
} from '../../../persons/spreadsheet/import-file';
import { queueImport } from '../../../persons/spreadsheet/run-import';
import { personTemplate } from '../../../persons/spreadsheet/template';
import { currentEdition } from '../../../registration/edition';

const UID = 'api::person-import.person-import';
const MODES = ['validOnly', 'allOrNothing'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The liaison's spreadsheet import (cms/API.md): the template, the upload that queues the job,
 * and the scoped record routes (GET /persons/imports/:id is `findOne`: status, progress, report).
 */
export default scopedCoreController(UID, ({ strapi }) => ({
  /** GET /persons/import-template — the XLSX with this edition's drop-downs. */
  async template(ctx: Context) {
    const caller = await resolveCaller(strapi, ctx.state);
    const editionNumber = caller.editionNumber ?? (await currentEdition(strapi)).number;
    const workbook = await personTemplate(await editionOptions(strapi, editionNumber));
    ctx.set('Content-Type', XLSX);
    ctx.set('Content-Disposition', 'attachment; filename="person-import-template.xlsx"');
    ctx.body = workbook;
  },

  /** POST /persons/imports (multipart `file`, field `mode`) — 202 with the queued import. */
  async upload(ctx: Context) {
    const caller = await resolveCaller(strapi, ctx.state);
    const admission = await admissionFor(strapi, caller.organizationRef);
    const mode = (ctx.request.body as { mode?: unknown } | undefined)?.mode;
    if (typeof mode !== 'string' || !MODES.includes(mode)) {
      throw invalidFields([
        fieldError(
          'mode',
          'invalidMode',
          '请选择导入方式：仅导入正确的行，或有错误时全部不导入',
          'Choose how to import: the valid rows, or nothing when any row is wrong',
        ),
      ]);
    }
    const files = (ctx.request as unknown as { files?: Record<string, UploadedFile> }).files;
    const upload = await checkedSpreadsheet(files?.file);
    const content = await fs.readFile(upload.filepath);
    const created = await strapi.db.transaction(async ({ trx }) => {
      const record = await strapi.documents(UID).create({
        data: {
          organizationRef: admission.organizationRef,
          editionNumber: admission.editionNumber,
          fileName: upload.originalFilename ?? 'persons.xlsx',
          mode,
          importStatus: 'queued',
        },
      } as never);
      await storeImportFile(trx, record.documentId, content);
      return record;
    });
    await queueImport(created.documentId);
    ctx.status = 202;
    ctx.body = { data: created };
  },
}));
