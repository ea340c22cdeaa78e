import { describe, expect, it } from 'vitest';
import { bankRefundRequest } from './bank-refund';
import { checkInput } from './message';
import { remittanceRequest } from './remittance';

// 2025-11-05 00:30 in Beijing is still 11-04 in UTC.
const now = new Date('2025-11-04T16:30:00Z');
const remittance = {
  payerName: '上海示例贸易有限公司',
  payerAccount: '6222 0210 0102 3456 789',
  payerBank: '中国工商银行',
  amountFen: '30000',
  remittedOn: '2025-11-05',
};
const problemsOf = (result: ReturnType<typeof checkInput>) =>
  result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);

describe('remittance details (汇款信息)', () => {
  it('accepts the details of a transfer made today in Beijing, account digits only', () => {
    const result = checkInput(remittanceRequest(now), remittance);
    expect(result).toEqual({
      ok: true,
      value: { ...remittance, payerAccount: '6222021001023456789', amountFen: 30000 },
    });
  });

  it('refuses each bad field at once, in zh and en', () => {
    const result = checkInput(remittanceRequest(now), {
      payerName: ' ',
      payerAccount: '62-22',
      payerBank: '中国银行',
      amountFen: '12.5',
      remittedOn: '2025-11-06',
    });
    expect(problemsOf(result)).toEqual([
      'payerName:payerName',
      'payerAccount:payerAccount',
      'amountFen:amountFen',
      'remittedOn:remittedOn',
    ]);
  });

  it('refuses a day that does not exist and an amount of zero', () => {
    const result = checkInput(remittanceRequest(now), {
      ...remittance,
      amountFen: 0,
      remittedOn: '2025-02-30',
    });
    expect(problemsOf(result)).toEqual(['amountFen:amountFen', 'remittedOn:remittedOn']);
  });
});

describe('bank refund (登记银行退款)', () => {
  it('accepts up to the refund amount and refuses more, a fraction, or a long reference', () => {
    const good = { refundedAmountFen: 19_650, bankReference: ' BOC1 ', refundedOn: '2025-11-05' };
    expect(checkInput(bankRefundRequest(20_000, now), good)).toEqual({
      ok: true,
      value: { ...good, bankReference: 'BOC1' },
    });
    const bad = { refundedAmountFen: 20_000.5, bankReference: 'x'.repeat(65), refundedOn: '' };
    expect(problemsOf(checkInput(bankRefundRequest(20_000, now), bad))).toEqual([
      'refundedAmountFen:invalidAmount',
      'bankReference:required',
      'refundedOn:invalidDate',
    ]);
  });
});
