import fs from 'node:fs/promises';
import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../../errors';
import type { UploadedFile } from '../../uploads/checked-image';
import { matchByReference } from './match';
import { type RejectedRow, readStatement } from './parse';

const MAX_BYTES = 5 * 1024 * 1024;

export interface ImportReport {
  importRef: string;
  /** Data rows in the file (header excluded). */
  read: number;
  matched: number;
  unmatched: number;
  /** Lines already imported before (same bank transaction number): not added again. */
  duplicates: number;
  /** Debit lines: stored, not matched. */
  ignored: number;
  rejected: RejectedRow[];
}

/**
 * POST /bank-statement-lines/import (multipart `file`): stores the statement's lines — a line
 * already imported (unique bank transaction number) is counted as a duplicate, not added — and
 * matches each new credit line by payment reference and amount (match.ts), each in its own
 * transaction so one odd line never holds back the others. Importing the same file again is
 * harmless.
 */
export async function importStatement(
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
  /** The finance user importing: the audit rows of the payments it confirms name them. */
  userId?: number,
): Promise<ImportReport> {
  const upload = Array.isArray(file) ? file[0] : file;
  if (!upload) {
    throw invalidFields([
      fieldError('file', 'missingFile', '请选择银行流水 CSV 文件', 'Choose the statement CSV file'),
    ]);
  }
  if (upload.size > MAX_BYTES) {
    throw invalidFields([
      fieldError(
        'file',
        'fileTooLarge',
        '流水文件不能超过 5MB',
        'The statement must be at most 5 MB',
      ),
    ]);
  }
  const { lines, rejected } = readStatement(await fs.readFile(upload.filepath));
  const importRef = createId();
  const now = new Date();
  const inserted: { id: number; remark: string; direction: string }[] = lines.length
    ? await strapi.db
        .connection('bank_statement_lines')
        .insert(
          lines.map((line) => ({
            document_id: createId(),
            bank_transaction_id: line.bankTransactionId,
            booked_on: line.bookedOn,
            direction: line.direction,
            amount_fen: line.amountFen,
            counterparty_name: line.counterpartyName || null,
            counterparty_account: line.counterpartyAccount || null,
            counterparty_bank: line.counterpartyBank || null,
            remark: line.remark || null,
            match_status: line.direction === 'credit' ? 'unmatched' : 'ignored',
            import_ref: importRef,
            source_row: line.sourceRow,
            created_at: now,
            updated_at: now,
            published_at: now,
          })),
        )
        .onConflict('bank_transaction_id')
        .ignore()
        .returning(['id', 'remark', 'direction'])
    : [];
  let matched = 0;
  const credits = inserted.filter((line) => line.direction === 'credit');
  for (const line of credits) if (await matchByReference(strapi, line, userId)) matched += 1;
  return {
    importRef,
    read: lines.length + rejected.length,
    matched,
    unmatched: credits.length - matched,
    duplicates: lines.length - inserted.length,
    ignored: inserted.length - credits.length,
    rejected,
  };
}
