import crypto from 'node:crypto';
import { beijingDay } from '@pvis/config';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/bootstrap/seed/demo-accounts';
import { endUnpaidOrder } from '../src/orders/end-unpaid';
import { isTransferReference, transferReferenceOf } from '../src/transfers/reference';
import { withStrapi } from './support/app';
import { errorsOf, fieldsOf } from './support/field-errors';
import { type Liaison, unpaidOrder as unpaidOrderOf } from './support/orders';

/**
 * Issue 5, bank transfer (银行转账) over HTTP: the account and payment reference, the remittance
 * with its voucher checked by content, finance's confirm / reject, and the bank statement import
 * that matches lines by reference and amount, with manual matching for the rest.
 */
const app = withStrapi({ PAYMENT_SANDBOX: 'true', REMITTANCE_VOUCHER_MAX_BYTES: '200000' });
const unpaidOrder = (entryDates?: string[]) => unpaidOrderOf(app, entryDates);
const knex = () => app.strapi().db.connection;
const accountOfFinance = () => demoAccounts.find((a) => a.role === 'finance')!.username;

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const today = beijingDay(new Date());

/** A multipart remittance as the portal sends it: the fields and the voucher as `file`. */
function remit(
  liaison: Liaison,
  orderId: string,
  fields: Record<string, string | number>,
  voucher: { bytes: Buffer; name: string } | null = { bytes: png, name: 'voucher.png' },
) {
  const request = app
    .http()
    .post(`/api/badge-orders/${orderId}/remittances`)
    .set('Authorization', `Bearer ${liaison.token}`);
  for (const [key, value] of Object.entries(fields)) request.field(key, String(value));
  return voucher ? request.attach('file', voucher.bytes, voucher.name) : request;
}

const details = (amountFen: number) => ({
  payerName: '上海示例贸易有限公司',
  payerAccount: '6222 0210 0102 3456 789',
  payerBank: '中国工商银行上海徐汇支行',
  amountFen,
  remittedOn: today,
});

/** An unpaid order whose liaison chose bank transfer: the order, its reference and payment. */
async function transferOrder(entryDates: string[] = ['full']) {
  const fixture = await unpaidOrder(entryDates);
  const chosen = await fixture.liaison.post(
    `/api/badge-orders/${fixture.order.documentId}/payments`,
    {
      data: { method: 'bankTransfer' },
    },
  );
  expect(chosen.status, chosen.text).toBe(201);
  return {
    ...fixture,
    reference: chosen.body.data.prompt.reference as string,
    paymentId: chosen.body.data.payment.documentId as string,
  };
}

/** A transfer with its remittance sent: also the remittance's documentId. */
async function remitted(amountFen?: number) {
  const transfer = await transferOrder();
  const sent = await remit(
    transfer.liaison,
    transfer.order.documentId,
    details(amountFen ?? transfer.order.amountFen),
  );
  expect(sent.status, sent.text).toBe(201);
  return { ...transfer, remittanceId: sent.body.data.remittances[0].documentId as string };
}

const orderRow = (documentId: string) =>
  knex()('badge_orders')
    .where({ document_id: documentId })
    .first('order_status', 'payment_method', 'invoice_title_locked', 'paid_at');
const paymentStatus = async (documentId: string) =>
  (await knex()('payments').where({ document_id: documentId }).first('payment_status'))
    .payment_status;
const personStates = async (ids: string[]) =>
  (
    await knex()('persons').whereIn('document_id', ids).select('person_status', 'payment_status')
  ).map((p) => `${p.person_status}/${p.payment_status}`);
const mailJobs = (template: string) =>
  knex()('pgboss.job').where({ name: 'mail' }).whereRaw(`data->>'template' = ?`, [template]);
const jobData = (job: { data: unknown }) =>
  (typeof job.data === 'string' ? JSON.parse(job.data) : job.data) as {
    to: string;
    data: Record<string, unknown>;
  };

describe('choosing bank transfer', () => {
  it('answers the receiving account and a checkable reference, and reuses the open transfer', async () => {
    const { liaison, order } = await unpaidOrder();
    const first = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
      data: { method: 'bankTransfer' },
    });
    expect(first.status, first.text).toBe(201);
    const { payment, prompt } = first.body.data;
    expect(payment).toMatchObject({ method: 'bankTransfer', paymentStatus: 'created' });
    expect(prompt).toMatchObject({
      kind: 'transfer',
      reference: transferReferenceOf(order.orderNumber),
      amountFen: order.amountFen,
    });
    expect(prompt.account).toEqual({
      name: expect.any(String),
      bank: expect.any(String),
      number: expect.any(String),
    });
    expect(isTransferReference(prompt.reference)).toBe(true);
    const again = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
      data: { method: 'bankTransfer' },
    });
    expect(again.body.data.payment.documentId).toBe(payment.documentId);
    expect(await knex()('payments').where({ order_ref: order.documentId })).toHaveLength(1);
    const view = await liaison.get(`/api/badge-orders/${order.documentId}/transfer`);
    expect(view.body.data).toMatchObject({
      reference: prompt.reference,
      account: prompt.account,
      payment: { paymentStatus: 'created' },
      allowedActions: ['submitRemittance'],
      remittances: [],
    });
  });
});

describe('remittance (汇款信息)', () => {
  it('refuses bad details field by field in zh and en and writes nothing', async () => {
    const { liaison, order, paymentId } = await transferOrder();
    const files = await knex()('files').count({ n: '*' });
    const response = await remit(liaison, order.documentId, {
      payerName: ' ',
      payerAccount: '12',
      payerBank: '中国银行',
      amountFen: '12.5',
      remittedOn: '2999-01-01',
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(['payerName', 'payerAccount', 'amountFen', 'remittedOn']);
    for (const error of errorsOf(response)) {
      expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.en).toMatch(/[a-z]/);
    }
    expect(await knex()('remittances').where({ order_ref: order.documentId })).toEqual([]);
    expect(await knex()('files').count({ n: '*' })).toEqual(files);
    expect(await paymentStatus(paymentId)).toBe('created');
  });

  it('judges the voucher by its bytes: a PDF is taken, a renamed text file, none or too large is not', async () => {
    const { liaison, order, paymentId } = await transferOrder();
    const good = details(order.amountFen);
    const renamed = await remit(liaison, order.documentId, good, {
      bytes: Buffer.from('not an image at all'),
      name: 'voucher.png',
    });
    expect(renamed.status).toBe(400);
    expect(errorsOf(renamed)[0]).toMatchObject({ path: ['file'], code: 'fileType' });
    const missing = await remit(liaison, order.documentId, good, null);
    expect(errorsOf(missing)[0]).toMatchObject({ path: ['file'], code: 'missingFile' });
    const large = Buffer.concat([png, Buffer.alloc(250_000)]);
    const tooLarge = await remit(liaison, order.documentId, good, { bytes: large, name: 'v.png' });
    expect(errorsOf(tooLarge)[0]).toMatchObject({ path: ['file'], code: 'fileTooLarge' });
    expect(await knex()('remittances').where({ order_ref: order.documentId })).toEqual([]);
    expect(await paymentStatus(paymentId)).toBe('created');

    const sent = await remit(liaison, order.documentId, good, { bytes: pdf, name: '回单.pdf' });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.data.payment.paymentStatus).toBe('awaitingConfirmation');
    const [remittance] = sent.body.data.remittances;
    expect(remittance).toMatchObject({
      payerName: good.payerName,
      payerAccount: '6222021001023456789',
      amountFen: order.amountFen,
      remittedOn: today,
      decision: 'pending',
    });
    const voucher = await liaison.get(remittance.voucherUrl);
    expect(voucher.status).toBe(200);
    expect(voucher.headers['content-type']).toContain('application/pdf');
    expect(Buffer.from(voucher.body as Buffer).equals(pdf)).toBe(true);
    const audit = await knex()('review_logs')
      .where({ record_ref: paymentId })
      .orderBy('id')
      .select('action', 'to_state', 'actor_role');
    expect(audit.at(-1)).toEqual({
      action: 'submitRemittance',
      to_state: 'awaitingConfirmation',
      actor_role: 'liaison',
    });
    // While finance has it, a second submission is refused.
    const twice = await remit(liaison, order.documentId, good);
    expect(twice.status).toBe(409);
    expect(await knex()('remittances').where({ order_ref: order.documentId })).toHaveLength(1);
  });

  it('is the organization’s own: another liaison gets 404 for the panel, the form and the voucher', async () => {
    const { order, remittanceId } = await remitted();
    const { liaison: stranger } = await unpaidOrder();
    expect((await stranger.get(`/api/badge-orders/${order.documentId}/transfer`)).status).toBe(404);
    expect((await remit(stranger, order.documentId, details(order.amountFen))).status).toBe(404);
    expect((await stranger.get(`/api/remittances/${remittanceId}`)).status).toBe(404);
    expect((await stranger.get(`/api/remittances/${remittanceId}/voucher`)).status).toBe(404);
    expect(await knex()('remittances').where({ order_ref: order.documentId })).toHaveLength(1);
  });

  it('needs bank transfer chosen first', async () => {
    const { liaison, order } = await unpaidOrder();
    const early = await remit(liaison, order.documentId, details(order.amountFen));
    expect(early.status).toBe(409);
    expect(errorsOf(early)[0]?.code).toBe('transferNotStarted');
  });
});

describe('finance decides (确认到账 / 驳回)', () => {
  it('confirm pays the order, moves persons to review, closes other attempts and queues the receipt', async () => {
    const transfer = await transferOrder();
    const { liaison, order, personIds, paymentId } = transfer;
    const alipay = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
      data: { method: 'alipay' },
    });
    const sent = await remit(liaison, order.documentId, details(order.amountFen));
    const remittanceId = sent.body.data.remittances[0].documentId;
    const finance = await app.as('finance');
    const queue = await finance.get(`/api/remittances/queue?q=${order.orderNumber}`);
    expect(queue.status).toBe(200);
    expect(queue.body.data).toEqual([
      expect.objectContaining({
        documentId: remittanceId,
        orderNumber: order.orderNumber,
        organizationName: expect.stringContaining('徐汇测试单位'),
        amountFen: order.amountFen,
        orderAmountFen: order.amountFen,
        amountMatches: true,
        payerName: '上海示例贸易有限公司',
        remittedOn: today,
        decision: 'pending',
      }),
    ]);
    // The queue pages like every list (pagination[page], [pageSize]); anything else is a 400.
    const paged = await finance.get('/api/remittances/queue?decision=all&pagination[pageSize]=1');
    expect(paged.body.data).toHaveLength(1);
    expect(paged.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
    expect(paged.body.meta.pagination.total).toBeGreaterThanOrEqual(1);
    const badPage = await finance.get('/api/remittances/queue?pagination[page]=0');
    expect(badPage.status).toBe(400);
    expect(fieldsOf(badPage)).toEqual(['pagination']);
    const detail = await finance.get(`/api/remittances/${remittanceId}`);
    expect(detail.body.data.allowedActions).toEqual(['confirm', 'reject']);
    expect(detail.body.data.voucher).toMatchObject({ mime: 'image/png' });
    expect((await finance.get(detail.body.data.voucher.url)).status).toBe(200);

    const confirmed = await finance.post(`/api/remittances/${remittanceId}/decision`, {
      data: { action: 'confirm' },
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.data).toMatchObject({ decision: 'confirmed', allowedActions: [] });
    expect(await orderRow(order.documentId)).toMatchObject({
      order_status: 'paid',
      payment_method: 'bankTransfer',
      invoice_title_locked: true,
    });
    expect(await personStates(personIds)).toEqual(['pendingReview/paid']);
    expect(await paymentStatus(paymentId)).toBe('succeeded');
    expect(await paymentStatus(alipay.body.data.payment.documentId)).toBe('closed');
    const audit = await knex()('review_logs')
      .where({ record_ref: paymentId, action: 'confirm' })
      .first('actor_role', 'to_state');
    expect(audit).toEqual({ actor_role: 'finance', to_state: 'succeeded' });
    const receipts = (await mailJobs('orderReceipt')).map(jobData);
    expect(receipts.filter((r) => r.data.orderNumber === order.orderNumber)).toHaveLength(1);
    const view = await liaison.get(`/api/badge-orders/${order.documentId}/transfer`);
    expect(view.body.data).toMatchObject({
      payment: { paymentStatus: 'succeeded' },
      allowedActions: [],
      remittances: [{ decision: 'confirmed' }],
    });
  });

  it('reject needs a reason, mails it, and the corrected remittance goes back to finance', async () => {
    const { liaison, order, paymentId, remittanceId } = await remitted();
    const finance = await app.as('finance');
    const bare = await finance.post(`/api/remittances/${remittanceId}/decision`, {
      data: { action: 'reject', reason: '  ' },
    });
    expect(bare.status).toBe(400);
    expect(errorsOf(bare)[0]?.path).toEqual(['reason']);
    expect(await paymentStatus(paymentId)).toBe('awaitingConfirmation');
    const reason = '凭证模糊，无法核对付款账号';
    const rejected = await finance.post(`/api/remittances/${remittanceId}/decision`, {
      data: { action: 'reject', reason },
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body.data).toMatchObject({ decision: 'rejected', rejectionReason: reason });
    expect(await paymentStatus(paymentId)).toBe('rejected');
    const mails = (await mailJobs('remittanceRejected')).map(jobData);
    expect(mails.find((m) => m.data.orderNumber === order.orderNumber)?.data.reason).toBe(reason);

    const view = await liaison.get(`/api/badge-orders/${order.documentId}/transfer`);
    expect(view.body.data).toMatchObject({
      payment: { paymentStatus: 'rejected', rejectionReason: reason },
      allowedActions: ['submitRemittance'],
    });
    const again = await remit(liaison, order.documentId, details(order.amountFen));
    expect(again.status, again.text).toBe(201);
    expect(again.body.data.remittances.map((r: { decision: string }) => r.decision)).toEqual([
      'pending',
      'rejected',
    ]);
    expect(await paymentStatus(paymentId)).toBe('awaitingConfirmation');
  });

  it('refuses to confirm a different amount or a cancelled order, and changes nothing', async () => {
    const finance = await app.as('finance');
    const short = await remitted(100);
    const queue = await finance.get(
      `/api/remittances/queue?amountMismatch=true&q=${short.order.orderNumber}`,
    );
    expect(queue.body.data).toEqual([expect.objectContaining({ amountMatches: false })]);
    const wrong = await finance.post(`/api/remittances/${short.remittanceId}/decision`, {
      data: { action: 'confirm' },
    });
    expect(wrong.status).toBe(409);
    expect(errorsOf(wrong)[0]?.code).toBe('amountMismatch');
    expect((await orderRow(short.order.documentId)).order_status).toBe('pendingPayment');
    expect(await paymentStatus(short.paymentId)).toBe('awaitingConfirmation');

    const late = await remitted();
    const cancelled = await late.liaison.post(
      `/api/badge-orders/${late.order.documentId}/transitions`,
      {
        data: { action: 'cancel' },
      },
    );
    expect(cancelled.status, cancelled.text).toBe(200);
    const refused = await finance.post(`/api/remittances/${late.remittanceId}/decision`, {
      data: { action: 'confirm' },
    });
    expect(refused.status).toBe(409);
    expect(errorsOf(refused)[0]?.code).toBe('orderNotPayable');
    expect((await orderRow(late.order.documentId)).order_status).toBe('cancelled');
    expect(await paymentStatus(late.paymentId)).toBe('awaitingConfirmation');
    expect(await personStates(late.personIds)).toEqual(['pendingPayment/unpaid']);
  });

  it('an order whose remittance is with finance does not expire; once rejected it does', async () => {
    const { order, paymentId, remittanceId } = await remitted();
    await knex()('badge_orders')
      .where({ document_id: order.documentId })
      .update({ expires_at: new Date(Date.now() - 60_000) });
    const expire = () =>
      endUnpaidOrder(app.strapi(), {
        documentId: order.documentId,
        action: 'expire',
        actor: 'system',
      });
    await expect(expire()).rejects.toMatchObject({ status: 409 });
    expect((await orderRow(order.documentId)).order_status).toBe('pendingPayment');
    const finance = await app.as('finance');
    await finance.post(`/api/remittances/${remittanceId}/decision`, {
      data: { action: 'reject', reason: '未收到款项' },
    });
    await expire();
    expect((await orderRow(order.documentId)).order_status).toBe('expired');
    expect(await paymentStatus(paymentId)).toBe('closed');
  });

  it('two finance confirmations racing settle the order once', async () => {
    const { order, personIds, remittanceId } = await remitted();
    const finance = await app.as('finance');
    const answers = await Promise.all(
      [1, 2].map(() =>
        finance.post(`/api/remittances/${remittanceId}/decision`, { data: { action: 'confirm' } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const pays = await knex()('review_logs').where({ record_ref: order.documentId, action: 'pay' });
    expect(pays).toHaveLength(1);
    expect(await personStates(personIds)).toEqual(['pendingReview/paid']);
  });
});

const HEADER = '交易日期,交易流水号,收入金额,支出金额,对方户名,对方账号,对方开户行,摘要';
const txn = () => `T${crypto.randomBytes(6).toString('hex')}`;
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

async function importCsv(content: Buffer | string, name = 'statement.csv') {
  const finance = await app.tokenOf('finance');
  return app
    .http()
    .post('/api/bank-statement-lines/import')
    .set('Authorization', `Bearer ${finance}`)
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);
}
const lineOf = (bankTransactionId: string) =>
  knex()('bank_statement_lines')
    .where({ bank_transaction_id: bankTransactionId })
    .first('document_id', 'match_status', 'unmatched_reason', 'order_number', 'matched_by');

describe('bank statement import (银行流水)', () => {
  it('matches credits by reference and amount, keeps the rest unmatched with reasons, reports bad rows', async () => {
    const plain = await transferOrder();
    const sent = await remitted();
    const short = await transferOrder();
    const other = await transferOrder();
    const ids = { plain: txn(), sent: txn(), short: txn(), none: txn(), two: txn(), out: txn() };
    const csv = [
      HEADER,
      `2025-11-03,${ids.plain},"${yuan(plain.order.amountFen)}",,上海示例贸易有限公司,6222021001023456789,工商银行,货款 ${plain.reference.toLowerCase()}`,
      `20251103,${ids.sent},${yuan(sent.order.amountFen)},,示例公司,6222,,${sent.reference}`,
      `2025/11/03,${ids.short},1.00,,示例公司,6222,,${short.reference}`,
      `2025-11-03,${ids.none},${yuan(other.order.amountFen)},,示例公司,6222,,证件费`,
      `2025-11-03,${ids.two},${yuan(other.order.amountFen)},,示例公司,6222,,${plain.reference} ${other.reference}`,
      `2025-11-03,${ids.out},,35.00,银行,,,手续费`,
      `2025-13-40,${txn()},10.00,,示例公司,,,坏日期`,
    ].join('\r\n');
    const response = await importCsv(`\uFEFF${csv}`);
    expect(response.status, response.text).toBe(200);
    expect(response.body.data).toMatchObject({
      read: 7,
      matched: 2,
      unmatched: 3,
      duplicates: 0,
      ignored: 1,
      rejected: [{ row: 8, code: 'date', zh: expect.any(String), en: expect.any(String) }],
    });
    for (const paid of [plain, sent]) {
      expect((await orderRow(paid.order.documentId)).order_status).toBe('paid');
      expect(await paymentStatus(paid.paymentId)).toBe('succeeded');
    }
    expect(await personStates(plain.personIds)).toEqual(['pendingReview/paid']);
    const audit = await knex()('review_logs')
      .where({ record_ref: plain.paymentId, action: 'confirmByStatement' })
      .first('actor_role', 'reason');
    expect(audit.actor_role).toBe('finance');
    expect(audit.reason).toContain(ids.plain);
    const actor = await knex()('review_logs as l')
      .join('review_logs_actor_lnk as a', 'a.review_log_id', 'l.id')
      .join('up_users as u', 'u.id', 'a.user_id')
      .where({ 'l.record_ref': plain.paymentId, 'l.action': 'confirmByStatement' })
      .first('u.username');
    expect(actor?.username).toBe(accountOfFinance());
    expect(
      (await knex()('remittances').where({ payment_ref: sent.paymentId }).first('decision'))
        .decision,
    ).toBe('confirmed');
    expect(await lineOf(ids.plain)).toMatchObject({
      match_status: 'matched',
      order_number: plain.order.orderNumber,
      matched_by: 'reference',
    });
    expect(await lineOf(ids.short)).toMatchObject({
      match_status: 'unmatched',
      unmatched_reason: 'amountMismatch',
    });
    expect((await lineOf(ids.none)).unmatched_reason).toBe('noReference');
    expect((await lineOf(ids.two)).unmatched_reason).toBe('ambiguous');
    expect((await lineOf(ids.out)).match_status).toBe('ignored');
    expect((await orderRow(short.order.documentId)).order_status).toBe('pendingPayment');

    // The same statement again: nothing added, nothing paid twice.
    const again = await importCsv(csv);
    expect(again.body.data).toMatchObject({ read: 7, matched: 0, unmatched: 0, duplicates: 6 });
    expect(
      await knex()('bank_statement_lines').whereIn('bank_transaction_id', Object.values(ids)),
    ).toHaveLength(6);
    const pays = await knex()('review_logs').where({
      record_ref: plain.order.documentId,
      action: 'pay',
    });
    expect(pays).toHaveLength(1);

    // Finance matches the line without a reference by hand; the wrong amount stays refused.
    const finance = await app.as('finance');
    const noRef = await lineOf(ids.none);
    // The list offers 手动匹配 on open credit lines only (the same rule the route enforces).
    const actionsOfLine = async (id: string) =>
      (await finance.get(`/api/bank-statement-lines?filters[bankTransactionId][$eq]=${id}`)).body
        .data[0]?.allowedActions;
    expect(await actionsOfLine(ids.none)).toEqual(['match']);
    expect(await actionsOfLine(ids.plain)).toEqual([]);
    expect(await actionsOfLine(ids.out)).toEqual([]);
    const candidates = await finance.get(
      `/api/bank-statement-lines/${noRef.document_id}/candidates`,
    );
    expect(
      candidates.body.data.map((c: { paymentDocumentId: string }) => c.paymentDocumentId),
    ).toContain(other.paymentId);
    const matched = await finance.post(`/api/bank-statement-lines/${noRef.document_id}/match`, {
      data: { paymentId: other.paymentId },
    });
    expect(matched.status, matched.text).toBe(200);
    expect(matched.body.data).toMatchObject({ matchStatus: 'matched', matchedBy: 'finance' });
    expect((await orderRow(other.order.documentId)).order_status).toBe('paid');
    const shortLine = await lineOf(ids.short);
    const wrong = await finance.post(`/api/bank-statement-lines/${shortLine.document_id}/match`, {
      data: { paymentId: short.paymentId },
    });
    expect(wrong.status).toBe(409);
    expect(errorsOf(wrong)[0]?.code).toBe('amountMismatch');
    const twoLine = await lineOf(ids.two);
    const paidAlready = await finance.post(
      `/api/bank-statement-lines/${twoLine.document_id}/match`,
      {
        data: { paymentId: other.paymentId },
      },
    );
    expect(paidAlready.status).toBe(409);
    expect(errorsOf(paidAlready)[0]?.code).toBe('orderNotPayable');
    expect((await lineOf(ids.two)).match_status).toBe('unmatched');
    expect((await orderRow(short.order.documentId)).order_status).toBe('pendingPayment');
  });

  it('reads a GBK statement, and refuses a file without the required columns', async () => {
    const transfer = await transferOrder();
    const id = txn();
    const csv = `${HEADER}\n2025-11-04,${id},${yuan(transfer.order.amountFen)},,上海示例,6222,,${transfer.reference}\n`;
    const gbk = await importCsv(iconv.encode(csv, 'gbk'));
    expect(gbk.body.data).toMatchObject({ read: 1, matched: 1 });
    const bad = await importCsv('日期,金额\n2025-11-04,1.00\n');
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)[0]).toMatchObject({ path: ['file'], code: 'statementFile' });
    expect(errorsOf(bad)[0]?.zh).toContain('交易流水号');
  });

  it('exports the transfer queue and the statement as XLSX for finance only', async () => {
    const { order } = await remitted();
    const finance = await app.as('finance');
    const read = async (url: string) => {
      const response = await finance
        .get(url)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as never);
      return workbook.worksheets[0]!;
    };
    const transfers = await read(`/api/remittances/export?q=${order.orderNumber}`);
    expect(transfers.getRow(1).getCell(1).value).toBe('订单号');
    expect(transfers.getRow(2).getCell(1).value).toBe(order.orderNumber);
    expect(transfers.rowCount).toBe(2);
    const statement = await read('/api/bank-statement-lines/export?matchStatus=unmatched');
    expect(statement.getRow(1).getCell(2).value).toBe('交易流水号');
    const liaison = await app.as('liaison');
    expect((await liaison.get('/api/remittances/export')).status).toBe(403);
    expect((await liaison.get('/api/bank-statement-lines/export')).status).toBe(403);
    expect((await liaison.post('/api/bank-statement-lines/import')).status).toBe(403);
  });
});
