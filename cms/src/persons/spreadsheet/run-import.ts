import type { Core } from '@strapi/strapi';
import { enqueue, work } from '../../jobs/queue';
import { admissionFor } from '../admission';
import { headerMap, RowChecker, type RowProblem } from './check-rows';
import { editionOptions, personColumns } from './columns';
import { dropImportFile, loadImportFile } from './import-file';
import { insertPersons } from './insert-persons';
import { sheetRows } from './read-rows';

const UID = 'api::person-import.person-import';
export const IMPORT_MAX_ROWS = 20_000;
/** The report keeps this many problems; `problemCount` says how many there were. */
const REPORT_MAX = 10_000;
const PROGRESS_EVERY = 500;

/** A reason the whole file was refused, in both languages. */
class ImportFailure extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Thrown inside the insert transaction to undo it (all-or-nothing met a raced duplicate). */
class Undo extends Error {}

export const queueImport = (importRef: string) => enqueue('person-import', { importRef });

export async function startImportWorker(strapi: Core.Strapi) {
  await work<{ importRef: string }>('person-import', ({ importRef }) =>
    runImport(strapi, importRef),
  );
}

async function countRows(file: Buffer) {
  let count = 0;
  for await (const _ of sheetRows(file)) count += 1;
  return count;
}

/** The header row, then every data row through the checker, with progress on the record. */
async function checkFile(
  file: Buffer,
  makeRowChecker: (header: Parameters<typeof headerMap>[0]) => RowChecker,
  progress: (checked: number) => Promise<void>,
) {
  let checker: RowChecker | null = null;
  let checked = 0;
  for await (const row of sheetRows(file)) {
    if (!checker) {
      checker = makeRowChecker(row);
      continue;
    }
    checker.check(row);
    checked += 1;
    if (checked % PROGRESS_EVERY === 0) await progress(checked);
  }
  return checker;
}

/**
 * The import job: reads the stored file as a stream, checks every row (the form's rules, repeats
 * within the file, persons already registered), then — all or nothing, or the valid rows — inserts
 * the persons and writes the per-row report in one transaction. Runs once per import: a record
 * already done or failed is left alone, so a redelivered job changes nothing.
 */
export async function runImport(strapi: Core.Strapi, importRef: string) {
  const imports = strapi.documents(UID);
  const record = (await imports.findOne({ documentId: importRef })) as unknown as {
    organizationRef: string;
    mode: 'validOnly' | 'allOrNothing';
    importStatus: string;
  } | null;
  if (!record || ['done', 'failed'].includes(record.importStatus)) return;
  const update = (data: Record<string, unknown>) => imports.update({ documentId: importRef, data });
  try {
    const file = await loadImportFile(strapi, importRef);
    if (!file) throw new ImportFailure('fileMissing', '导入文件已不存在', 'The file is gone');
    await update({ importStatus: 'running', startedAt: new Date().toISOString() });
    const admission = await admissionFor(strapi, record.organizationRef);
    const columns = personColumns(await editionOptions(strapi, admission.editionNumber));
    const totalRows = Math.max((await countRows(file)) - 1, 0);
    if (totalRows === 0)
      throw new ImportFailure('noRows', '文件中没有人员数据', 'The file holds no persons');
    if (totalRows > IMPORT_MAX_ROWS) {
      throw new ImportFailure(
        'tooManyRows',
        `一次最多导入 ${IMPORT_MAX_ROWS} 行`,
        `At most ${IMPORT_MAX_ROWS} rows per file`,
      );
    }
    await update({ totalRows });
    const existing = new Set(
      (
        (await strapi.db
          .connection('persons')
          .where({ organization_ref: admission.organizationRef })
          .select('id_type', strapi.db.connection.raw('upper(id_number) AS id_number'))) as {
          id_type: string;
          id_number: string;
        }[]
      ).map((p) => `${p.id_type}|${p.id_number}`),
    );
    const checker = await checkFile(
      file,
      (header) => {
        const { positions, missing } = headerMap(header, columns);
        if (missing.length > 0) {
          throw new ImportFailure(
            'missingColumns',
            `缺少必填列：${missing.map((c) => c.zh).join('、')}，请使用下载的模板`,
            `Missing columns: ${missing.map((c) => c.en).join(', ')}; use the downloaded template`,
          );
        }
        return new RowChecker(columns, positions, admission, existing);
      },
      async (checked) => {
        await update({ checkedRows: checked });
      },
    );
    if (!checker)
      throw new ImportFailure('noRows', '文件中没有人员数据', 'The file holds no persons');
    const writeNothing = record.mode === 'allOrNothing' && checker.invalidRows > 0;
    let imported = 0;
    const raced: RowProblem[] = [];
    try {
      await strapi.db.transaction(async ({ trx }) => {
        if (!writeNothing) {
          const { inserted, skipped } = await insertPersons(strapi, trx, admission, checker.valid);
          raced.push(
            ...skipped.map((row) => ({
              row,
              field: 'idNumber',
              code: 'duplicate',
              zh: '该人员已在本单位登记',
              en: 'This person is already registered for the organization',
            })),
          );
          if (record.mode === 'allOrNothing' && skipped.length > 0) throw new Undo();
          imported = inserted;
        }
        await finish(checker, raced, imported);
        await dropImportFile(trx, importRef);
      });
    } catch (error) {
      if (!(error instanceof Undo)) throw error;
      imported = 0;
      await finish(checker, raced, 0);
    }
  } catch (error) {
    const failure =
      error instanceof ImportFailure
        ? { code: error.code, zh: error.zh, en: error.en }
        : (fieldErrorOf(error) ?? {
            code: 'unreadable',
            zh: '文件无法读取，请使用下载的模板重新填写',
            en: 'The file could not be read; fill in the downloaded template again',
          });
    if (!(error instanceof ImportFailure) && !fieldErrorOf(error)) {
      strapi.log.error(`person import ${importRef}: ${(error as Error).message}`);
    }
    await update({ importStatus: 'failed', failure, finishedAt: new Date().toISOString() });
    await dropImportFile(strapi.db.connection, importRef);
  }

  async function finish(checker: RowChecker, raced: RowProblem[], imported: number) {
    const problems = [...checker.problems, ...raced].sort((a, b) => a.row - b.row);
    const invalid = checker.invalidRows + raced.length;
    await update({
      importStatus: 'done',
      checkedRows: checker.valid.length + checker.invalidRows,
      invalidRows: invalid,
      importedRows: imported,
      problemCount: problems.length,
      report: problems.slice(0, REPORT_MAX),
      finishedAt: new Date().toISOString(),
    });
  }
}

/** Our own 4xx (e.g. the organization no longer takes persons) carries its field error. */
function fieldErrorOf(error: unknown) {
  const first = (error as { details?: { errors?: { code: string; zh: string; en: string }[] } })
    ?.details?.errors?.[0];
  return first ? { code: first.code, zh: first.zh, en: first.en } : null;
}
