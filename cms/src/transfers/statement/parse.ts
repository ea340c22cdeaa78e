// The bank statement CSV (银行流水) finance downloads from the receiving account's online
// banking. Layout (cms/API.md "Bank transfers"): a header row, then one transaction a row.
// Columns are found by header, in any order, Chinese or English:
//   交易日期 | date              yyyy-MM-dd, yyyy/MM/dd or yyyyMMdd          required
//   交易流水号 | transactionId   the bank's unique transaction number        required
//   收入金额 | credit            yuan, up to 2 decimals, `1,200.00` allowed   one of credit/debit
//   支出金额 | debit             yuan
//   对方户名 | counterpartyName  对方账号 | counterpartyAccount  对方开户行 | counterpartyBank
//   摘要 | 附言 | 用途 | remark  the payer's remark, where the payment reference is written
// Encoding: UTF-8 (with or without BOM); GBK/GB18030, which Chinese banks export by default, is
// recognised when the bytes are not valid UTF-8.
import { isCalendarDay, yuanToFen } from '@pvis/config';
import { parse } from 'csv-parse/sync';
import { fieldError, invalidFields } from '../../errors';

export interface StatementLine {
  sourceRow: number;
  bankTransactionId: string;
  bookedOn: string;
  direction: 'credit' | 'debit';
  amountFen: number;
  counterpartyName: string;
  counterpartyAccount: string;
  counterpartyBank: string;
  remark: string;
}

export interface RejectedRow {
  row: number;
  code: string;
  zh: string;
  en: string;
}

type Column =
  | Exclude<keyof StatementLine, 'sourceRow' | 'direction' | 'amountFen'>
  | 'credit'
  | 'debit';

const HEADERS: Record<Column, string[]> = {
  bookedOn: ['交易日期', '记账日期', 'date'],
  bankTransactionId: ['交易流水号', '流水号', 'transactionid'],
  credit: ['收入金额', '贷方发生额', '收入', 'credit'],
  debit: ['支出金额', '借方发生额', '支出', 'debit'],
  counterpartyName: ['对方户名', 'counterpartyname'],
  counterpartyAccount: ['对方账号', 'counterpartyaccount'],
  counterpartyBank: ['对方开户行', 'counterpartybank'],
  remark: ['摘要', '附言', '用途', '备注', 'remark'],
};
const REQUIRED: Column[] = ['bookedOn', 'bankTransactionId', 'credit'];

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const badFile = (zh: string, en: string) =>
  invalidFields([fieldError('file', 'statementFile', zh, en)]);

function dateOf(value: string): string | null {
  const m = /^(\d{4})[-/]?(\d{1,2})[-/]?(\d{1,2})$/.exec(value);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

/** `1,200.00` → 120000; empty → 0; anything else → null. */
function fenOf(value: string): number | null {
  const plain = value.replace(/[,，\s¥￥]/g, '');
  return plain === '' ? 0 : yuanToFen(plain);
}

/** Why a row cannot be a statement line, or null. */
function problemOf(
  transactionId: string,
  bookedOn: string | null,
  credit: number | null,
  debit: number | null,
): Omit<RejectedRow, 'row'> | null {
  if (!transactionId)
    return { code: 'transactionId', zh: '缺少交易流水号', en: 'No transaction number' };
  if (!bookedOn) return { code: 'date', zh: '交易日期无效', en: 'The date is not a valid date' };
  if (credit === null || debit === null)
    return {
      code: 'amount',
      zh: '金额无效（元，最多两位小数）',
      en: 'The amount is not valid (yuan, at most 2 decimals)',
    };
  if (credit > 0 === debit > 0)
    return {
      code: 'amount',
      zh: '收入金额与支出金额须有且只有一项',
      en: 'Exactly one of credit and debit must be given',
    };
  return null;
}

/** The statement's rows: good lines, and each refused row with its number and reason. */
export function readStatement(bytes: Buffer): { lines: StatementLine[]; rejected: RejectedRow[] } {
  if (bytes.includes(0)) {
    throw badFile('流水文件须为 CSV 文本文件', 'The statement must be a CSV text file');
  }
  let records: string[][];
  try {
    records = parse(decode(bytes), {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw badFile(
      `流水文件不是有效的 CSV：${(error as Error).message}`,
      `The statement is not valid CSV: ${(error as Error).message}`,
    );
  }
  const header = (records[0] ?? []).map((h) => h.replace(/\s/g, '').toLowerCase());
  const index = Object.fromEntries(
    (Object.keys(HEADERS) as Column[]).map((column) => [
      column,
      header.findIndex((h) => HEADERS[column].includes(h)),
    ]),
  ) as Record<Column, number>;
  const missing = REQUIRED.filter((column) => index[column] < 0);
  if (missing.length > 0) {
    throw badFile(
      `流水文件缺少列：${missing.map((c) => HEADERS[c][0]).join('、')}`,
      `The statement lacks the columns: ${missing.map((c) => HEADERS[c].at(-1)).join(', ')}`,
    );
  }
  const lines: StatementLine[] = [];
  const rejected: RejectedRow[] = [];
  for (const [i, record] of records.slice(1).entries()) {
    const row = i + 2;
    const cell = (column: Column) => (index[column] >= 0 ? (record[index[column]] ?? '') : '');
    const bookedOn = dateOf(cell('bookedOn'));
    const bankTransactionId = cell('bankTransactionId');
    const credit = fenOf(cell('credit'));
    const debit = fenOf(cell('debit'));
    const problem = problemOf(bankTransactionId, bookedOn, credit, debit);
    if (problem) {
      rejected.push({ row, ...problem });
      continue;
    }
    lines.push({
      sourceRow: row,
      bankTransactionId,
      bookedOn: bookedOn!,
      direction: credit! > 0 ? 'credit' : 'debit',
      amountFen: credit! > 0 ? credit! : debit!,
      counterpartyName: cell('counterpartyName'),
      counterpartyAccount: cell('counterpartyAccount'),
      counterpartyBank: cell('counterpartyBank'),
      remark: cell('remark'),
    });
  }
  return { lines, rejected };
}
