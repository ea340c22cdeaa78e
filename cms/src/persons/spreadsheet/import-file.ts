import type { Core } from '@strapi/strapi';
import FileType from 'file-type';
import type { Knex } from 'knex';
import { fieldError, invalidFields } from '../../errors';

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

const fileProblem = (code: string, zh: string, en: string) =>
  invalidFields([fieldError('file', code, zh, en)]);

/**
 * The uploaded person spreadsheet: an XLSX judged by its bytes (a zip holding the `xl/` parts of
 * a workbook), not by its name, at most 10 MB. 400 with a field error otherwise.
 */
export async function checkedSpreadsheet(file: UploadedFile | UploadedFile[] | undefined) {
  const upload = Array.isArray(file) ? file[0] : file;
  if (!upload)
    throw fileProblem('missingFile', '请选择要导入的 Excel 文件', 'Choose the XLSX file');
  if (upload.size > IMPORT_MAX_BYTES) {
    throw fileProblem('fileTooLarge', '导入文件不能超过 10MB', 'The file must be at most 10 MB');
  }
  const type = await FileType.fromFile(upload.filepath);
  if (type?.mime !== XLSX) {
    throw fileProblem(
      'notXlsx',
      '文件不是 Excel（.xlsx）工作簿，请使用下载的模板',
      'The file is not an Excel (.xlsx) workbook; use the downloaded template',
    );
  }
  return upload;
}

/** The file waits in PostgreSQL for its job, which any cms instance may run (docs/architecture.md). */
export const storeImportFile = (trx: Knex.Transaction, importRef: string, content: Buffer) =>
  trx('person_import_files').insert({ import_ref: importRef, content });

export async function loadImportFile(strapi: Core.Strapi, importRef: string) {
  const row = await strapi.db
    .connection('person_import_files')
    .where({ import_ref: importRef })
    .first('content');
  return (row?.content as Buffer | undefined) ?? null;
}

export const dropImportFile = (trx: Knex | Knex.Transaction, importRef: string) =>
  trx('person_import_files').where({ import_ref: importRef }).delete();
