import { startOfBeijingDay } from '@pvis/config';
import { type FieldError, fieldError, invalidFields } from '../errors';

export interface RemittanceInput {
  payerName: string;
  payerAccount: string;
  payerBank: string;
  amountFen: number;
  /** yyyy-MM-dd, the day the money was sent. */
  remittedOn: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A multipart form sends its fields as strings, either loose or as a JSON `data` field. */
export function remittanceFieldsOf(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  if (typeof fields.data === 'string') {
    try {
      return JSON.parse(fields.data) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  if (fields.data && typeof fields.data === 'object') return fields.data as Record<string, unknown>;
  return fields;
}

function amountOf(value: unknown): number | null {
  const digits = typeof value === 'number' ? String(value) : text(value);
  return /^\d{1,12}$/.test(digits) && Number(digits) > 0 ? Number(digits) : null;
}

function isPastOrToday(day: string, now: Date) {
  const start = startOfBeijingDay(day);
  return start !== null && start.getTime() <= now.getTime();
}

/**
 * The remittance details (汇款信息) as the payer's bank shows them; every problem at once, in zh
 * and en, before anything is stored.
 */
export function parseRemittance(raw: Record<string, unknown>, now = new Date()): RemittanceInput {
  const problems: FieldError[] = [];
  const payerName = text(raw.payerName);
  const payerAccount = text(raw.payerAccount).replace(/[\s-]/g, '');
  const payerBank = text(raw.payerBank);
  const amountFen = amountOf(raw.amountFen);
  const remittedOn = text(raw.remittedOn);
  if (!payerName || payerName.length > 100)
    problems.push(
      fieldError(
        'payerName',
        'payerName',
        '请填写付款户名（100 字以内）',
        "Enter the payer's account name (at most 100 characters)",
      ),
    );
  if (!/^[0-9A-Za-z]{6,34}$/.test(payerAccount))
    problems.push(
      fieldError(
        'payerAccount',
        'payerAccount',
        '付款账号须为 6–34 位数字或字母',
        "The payer's account number must be 6–34 digits or letters",
      ),
    );
  if (!payerBank || payerBank.length > 100)
    problems.push(
      fieldError(
        'payerBank',
        'payerBank',
        '请填写付款开户行（100 字以内）',
        "Enter the payer's bank (at most 100 characters)",
      ),
    );
  if (amountFen === null)
    problems.push(
      fieldError(
        'amountFen',
        'amountFen',
        '请填写汇款金额（大于 0，单位：分）',
        'Enter the amount remitted (more than 0, in fen)',
      ),
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(remittedOn) || !isPastOrToday(remittedOn, now))
    problems.push(
      fieldError(
        'remittedOn',
        'remittedOn',
        '请填写汇款日期（不能晚于今天）',
        'Enter the remittance date (today or earlier)',
      ),
    );
  if (problems.length > 0) throw invalidFields(problems);
  return { payerName, payerAccount, payerBank, amountFen: amountFen!, remittedOn };
}
