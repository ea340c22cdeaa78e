import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { errorsOf } from './support/field-errors';
import { openMailbox } from './support/mailbox';
import {
  approvedLiaison as approvedOf,
  type Liaison,
  payWithSandbox,
  pendingPersons,
  placeOrder,
  withSandboxStrapi,
} from './support/orders';

/**
 * Issue 5, invoices (开票) and red-letter reversal (红字), over HTTP against the booted
 * cms: orders are paid through the sandbox gateway on a real port, mail lands in an in-process
 * SMTP server, PDFs are read back with pdftotext.
 */
const mailbox = await openMailbox();
await mailbox.start();
const { app } = await withSandboxStrapi({ SMTP_PORT: String(mailbox.port) });
afterAll(() => mailbox.stop());

// The compiled module the running cms uses (same instance), as the refunds code calls it.
const { reverseInvoiceOfOrder } = createRequire(__filename)(
  path.resolve(__dirname, '../dist/src/invoices/reversal.js'),
) as {
  reverseInvoiceOfOrder(trx: Knex.Transaction, orderRef: string, reason: string): Promise<void>;
};

type Client = Awaited<ReturnType<typeof app.as>>;
const knex = () => app.strapi().db.connection;
const CREDIT_CODE = '91350100M000100Y43';

const approvedLiaison = () => approvedOf(app);

/** An order of two persons (full ¥200 + half ¥100), placed as the portal does. */
const placedOrder = async (liaison: Liaison) =>
  placeOrder(liaison, await pendingPersons(liaison, ['full', 'half']));

/** Pays the order through the sandbox: Alipay QR, or the B2B bank gateway (locks the title). */
async function paidOrder(liaison: Liaison, method: 'alipay' | 'b2bGateway' = 'alipay') {
  const order = await placedOrder(liaison);
  await payWithSandbox(app, liaison, order.documentId, method);
  const paid = await knex()('badge_orders').where({ document_id: order.documentId }).first();
  expect(paid.order_status).toBe('paid');
  return order;
}

const ordinaryRequest = (order: string, extra: Record<string, unknown> = {}) => ({
  data: {
    order,
    kind: 'ordinary',
    title: '上海示例贸易有限公司',
    taxNumber: CREDIT_CODE,
    mobile: '13800138000',
    email: `invoice-${crypto.randomBytes(4).toString('hex')}@example.com`,
    remarks: '第八届进博会参观证件',
    ...extra,
  },
});
const invoicesOf = (orderRef: string) =>
  knex()('invoices').where({ order_ref: orderRef }).orderBy('id');
const auditOf = (recordRef: string) =>
  knex()('review_logs')
    .where({ record_ref: recordRef })
    .orderBy('id')
    .select('action', 'from_state', 'to_state', 'actor_role', 'reason');

async function requested(liaison: Liaison, extra: Record<string, unknown> = {}) {
  const order = await paidOrder(liaison);
  const response = await liaison.post('/api/invoices', ordinaryRequest(order.documentId, extra));
  expect(response.status, response.text).toBe(201);
  return { order, invoice: response.body.data as Record<string, unknown> & { documentId: string } };
}

async function issued(liaison: Liaison, finance: Client) {
  const { order, invoice } = await requested(liaison);
  const response = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
    data: { action: 'issue' },
  });
  expect(response.status, response.text).toBe(200);
  return { order, invoice: response.body.data as Record<string, unknown> & { documentId: string } };
}

/** The text of a PDF as pdftotext (poppler-utils) extracts it. */
function pdfText(bytes: Buffer) {
  const file = path.join(os.tmpdir(), `invoice-${crypto.randomBytes(6).toString('hex')}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}
const binary = (request: ReturnType<Liaison['get']>) =>
  request.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

describe('requesting an invoice (申请开票)', () => {
  it('refuses bad fields one by one in Chinese and English, and writes nothing', async () => {
    const liaison = await approvedLiaison();
    const order = await paidOrder(liaison);
    const response = await liaison.post('/api/invoices', {
      data: {
        order: order.documentId,
        kind: 'special',
        title: '示例',
        taxNumber: '1234',
        email: 'x',
      },
    });
    expect(response.status).toBe(400);
    expect(errorsOf(response).map((e) => `${e.path[0]}:${e.code}`)).toEqual([
      'taxNumber:invalidTaxNumber',
      'email:invalidEmail',
      'address:requiredForSpecial',
      'phone:requiredForSpecial',
      'bank:requiredForSpecial',
      'bankAccount:requiredForSpecial',
    ]);
    expect(errorsOf(response)[0]!.zh).toContain('税号');
    expect(errorsOf(response)[0]!.en).toContain('tax number');
    expect(await invoicesOf(order.documentId)).toHaveLength(0);
  });

  it('accepts a special invoice with address, phone, bank and account', async () => {
    const liaison = await approvedLiaison();
    const order = await paidOrder(liaison);
    const response = await liaison.post(
      '/api/invoices',
      ordinaryRequest(order.documentId, {
        kind: 'special',
        address: '上海市浦东新区世纪大道 1 号',
        phone: '021-12345678',
        bank: '中国银行上海分行',
        bankAccount: '4563 5100 0000 1234',
      }),
    );
    expect(response.status, response.text).toBe(201);
    expect(response.body.data).toMatchObject({
      kind: 'special',
      invoiceStatus: 'requested',
      bankAccount: '4563510000001234',
      amountFen: 30_000,
      orderNumber: order.orderNumber,
      allowedActions: [],
    });
    expect((await auditOf(response.body.data.documentId)).at(-1)).toMatchObject({
      action: 'create',
      to_state: 'requested',
      actor_role: 'liaison',
    });
  });

  it("answers 409 for an unpaid order and 404 for another organization's order, writing nothing", async () => {
    const liaison = await approvedLiaison();
    const unpaid = await placedOrder(liaison);
    const early = await liaison.post('/api/invoices', ordinaryRequest(unpaid.documentId));
    expect(early.status).toBe(409);
    expect(errorsOf(early)[0]).toMatchObject({ path: ['order'], code: 'orderNotPaid' });
    const cancelled = await liaison.post(`/api/badge-orders/${unpaid.documentId}/transitions`, {
      data: { action: 'cancel' },
    });
    expect(cancelled.status).toBe(200);
    expect((await liaison.post('/api/invoices', ordinaryRequest(unpaid.documentId))).status).toBe(
      409,
    );
    const other = await approvedLiaison();
    const theirs = await paidOrder(other);
    const foreign = await liaison.post('/api/invoices', ordinaryRequest(theirs.documentId));
    expect(foreign.status).toBe(404);
    const finance = await app.as('finance');
    expect((await finance.post('/api/invoices', ordinaryRequest(theirs.documentId))).status).toBe(
      403,
    );
    expect(await invoicesOf(unpaid.documentId)).toHaveLength(0);
    expect(await invoicesOf(theirs.documentId)).toHaveLength(0);
  });

  it('takes the paying organization as the title of a B2B-paid order and refuses another', async () => {
    const liaison = await approvedLiaison();
    const order = await paidOrder(liaison, 'b2bGateway');
    const organization = await knex()('organizations')
      .where({ document_id: liaison.organizationId })
      .first('name');
    const changed = await liaison.post('/api/invoices', ordinaryRequest(order.documentId));
    expect(changed.status).toBe(400);
    expect(errorsOf(changed)).toEqual([
      expect.objectContaining({ path: ['title'], code: 'titleLocked' }),
    ]);
    expect(errorsOf(changed)[0]!.zh).toContain(organization.name);
    expect(await invoicesOf(order.documentId)).toHaveLength(0);
    const kept = await liaison.post(
      '/api/invoices',
      ordinaryRequest(order.documentId, { title: undefined }),
    );
    expect(kept.status, kept.text).toBe(201);
    expect(kept.body.data.title).toBe(organization.name);
  });

  it('makes one invoice per order: a second request is 409, and of ten at once one succeeds', async () => {
    const liaison = await approvedLiaison();
    const order = await paidOrder(liaison);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        liaison.post('/api/invoices', ordinaryRequest(order.documentId)),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const again = await liaison.post('/api/invoices', ordinaryRequest(order.documentId));
    expect(again.status).toBe(409);
    expect(errorsOf(again)[0]).toMatchObject({ code: 'invoiceExists' });
    expect(await invoicesOf(order.documentId)).toHaveLength(1);
  });

  it('offers 申请开票 on the order while it is paid and no invoice stands', async () => {
    const liaison = await approvedLiaison();
    const unpaid = await placedOrder(liaison);
    const actionsOf = async (id: string) =>
      (await liaison.get(`/api/badge-orders/${id}`)).body.data.allowedActions as string[];
    expect(await actionsOf(unpaid.documentId)).not.toContain('requestInvoice');
    const order = await paidOrder(liaison);
    expect(await actionsOf(order.documentId)).toContain('requestInvoice');
    await liaison.post('/api/invoices', ordinaryRequest(order.documentId));
    expect(await actionsOf(order.documentId)).not.toContain('requestInvoice');
  });
});

describe('issuing (开具)', () => {
  it('numbers the invoice, renders its PDF with the Chinese title and 大写 amount, and mails it', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { order, invoice } = await issued(liaison, finance);
    expect(invoice).toMatchObject({ invoiceStatus: 'issued', amountFen: 30_000 });
    expect(invoice.invoiceNumber).toMatch(/^\d{2}311\d{15}$/);
    expect(Date.now() - new Date(String(invoice.issuedAt)).getTime()).toBeLessThan(60_000);
    expect(invoice.allowedActions).toEqual(['reverse', 'downloadPdf', 'markDeducted']);
    expect((await auditOf(invoice.documentId)).at(-1)).toMatchObject({
      action: 'issue',
      from_state: 'requested',
      to_state: 'issued',
      actor_role: 'finance',
    });

    const download = await binary(liaison.get(`/api/invoices/${invoice.documentId}/pdf`));
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const text = pdfText(download.body as Buffer);
    expect(text).toContain('上海示例贸易有限公司');
    expect(text).toContain('叁佰元整');
    expect(text).toContain(String(invoice.invoiceNumber));
    expect(text).toContain(order.orderNumber);
    expect(text).toContain('电子发票（普通发票）');

    const mail = await mailbox.waitFor(String(invoice.email), (m) =>
      m.subject.includes(String(invoice.invoiceNumber)),
    );
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({
      contentType: 'application/pdf',
      filename: `invoice-${invoice.invoiceNumber}.pdf`,
    });
    expect(pdfText(parsed.attachments[0]!.content)).toContain('叁佰元整');

    // Finance downloads any invoice; another liaison gets 404, operations has no such route.
    expect((await finance.get(`/api/invoices/${invoice.documentId}/pdf`)).status).toBe(200);
    const stranger = await approvedLiaison();
    expect((await stranger.get(`/api/invoices/${invoice.documentId}/pdf`)).status).toBe(404);
    expect((await stranger.get(`/api/invoices/${invoice.documentId}`)).status).toBe(404);
    const operations = await app.as('operations');
    expect((await operations.get(`/api/invoices/${invoice.documentId}/pdf`)).status).toBe(403);
  });

  it('keeps an issued invoice as issued: no second issue, no generic update, no SQL update', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { invoice } = await issued(liaison, finance);
    const twice = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'issue' },
    });
    expect(twice.status).toBe(409);
    expect(
      (await finance.put(`/api/invoices/${invoice.documentId}`, { data: { title: '改' } })).status,
    ).toBe(403);
    expect(
      (await liaison.put(`/api/invoices/${invoice.documentId}`, { data: { title: '改' } })).status,
    ).toBe(403);
    await expect(
      knex()('invoices').where({ document_id: invoice.documentId }).update({ title: '改' }),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      knex()('invoice_pdfs').where({ document_ref: invoice.documentId }).delete(),
    ).rejects.toMatchObject({ code: '23514' });
    const stored = await knex()('invoices').where({ document_id: invoice.documentId }).first();
    expect(stored).toMatchObject({
      title: '上海示例贸易有限公司',
      invoice_number: invoice.invoiceNumber,
    });
  });

  it('leaves out persons refunded since the request, and refuses an order refunded in full', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { order, invoice } = await requested(liaison);
    const lines = await knex()('badge_order_lines')
      .where({ order_ref: order.documentId })
      .orderBy('fee_fen');
    // What the refunds code leaves behind when the ¥100 person's fee went back.
    const refund = (line: { person_ref: string; fee_fen: number }) => ({
      document_id: crypto.randomBytes(12).toString('hex'),
      order_ref: order.documentId,
      person_ref: line.person_ref,
      refund_status: 'succeeded',
      amount_fen: line.fee_fen,
      created_at: new Date(),
      updated_at: new Date(),
      published_at: new Date(),
    });
    await knex()('refunds').insert(refund(lines[0]));
    const issuedPart = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'issue' },
    });
    expect(issuedPart.status, issuedPart.text).toBe(200);
    expect(issuedPart.body.data.amountFen).toBe(20_000);
    const pdf = await binary(finance.get(`/api/invoices/${invoice.documentId}/pdf`));
    expect(pdfText(pdf.body as Buffer)).toContain('贰佰元整');

    const other = await requested(liaison);
    const otherLines = await knex()('badge_order_lines').where({
      order_ref: other.order.documentId,
    });
    await knex()('refunds').insert(otherLines.map(refund));
    await knex()('badge_orders')
      .where({ document_id: other.order.documentId })
      .update({ order_status: 'refunded' });
    const refused = await finance.post(`/api/invoices/${other.invoice.documentId}/transitions`, {
      data: { action: 'issue' },
    });
    expect(refused.status).toBe(409);
    expect(errorsOf(refused)[0]).toMatchObject({ code: 'orderRefunded' });
    const untouched = await knex()('invoices')
      .where({ document_id: other.invoice.documentId })
      .first();
    expect(untouched).toMatchObject({ invoice_status: 'requested', invoice_number: null });
  });

  it('finance rejects a request with a reason; the liaison asks again for the same order', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { order, invoice } = await requested(liaison);
    const noReason = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reject' },
    });
    expect(noReason.status).toBe(400);
    expect(errorsOf(noReason)[0]).toMatchObject({ path: ['reason'], code: 'reasonRequired' });
    const rejected = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reject', reason: '税号与抬头不符' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({
      invoiceStatus: 'rejected',
      rejectionReason: '税号与抬头不符',
    });
    const mail = await mailbox.waitFor(String(invoice.email), (m) => m.subject.includes('驳回'));
    expect(mail.text).toContain('税号与抬头不符');
    const liaisonIssue = await liaison.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'issue' },
    });
    expect(liaisonIssue.status).toBe(403);
    const again = await liaison.post('/api/invoices', ordinaryRequest(order.documentId));
    expect(again.status, again.text).toBe(201);
    expect((await invoicesOf(order.documentId)).map((i) => i.invoice_status)).toEqual([
      'rejected',
      'requested',
    ]);
  });
});

describe('red-letter reversal (红字)', () => {
  const redLettersOf = (invoiceRef: string) =>
    knex()('red_letter_invoices').where({ invoice_ref: invoiceRef }).orderBy('id');

  it('reverses an invoice the buyer has not deducted with a red-letter invoice at once', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { invoice } = await issued(liaison, finance);
    const noReason = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reverse' },
    });
    expect(noReason.status).toBe(400);
    const response = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reverse', reason: '人员审核不通过，全额退款' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.data.invoiceStatus).toBe('reversed');
    const [red] = await redLettersOf(invoice.documentId);
    expect(red).toMatchObject({
      amount_fen: -30_000,
      confirmation_required: false,
      confirmation_status: 'notRequired',
      reason: '人员审核不通过，全额退款',
    });
    expect(red.invoice_number).toMatch(/^\d{20}$/);
    expect(red.invoice_number).not.toBe(invoice.invoiceNumber);
    expect(response.body.data.redLetters[0]).toMatchObject({ invoiceNumber: red.invoice_number });

    const pdf = await binary(liaison.get(`/api/red-letter-invoices/${red.document_id}/pdf`));
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('负叁佰元整');
    expect(text).toContain(`被红冲蓝字数电发票号码：${invoice.invoiceNumber}`);
    const mail = await mailbox.waitFor(String(invoice.email), (m) =>
      m.subject.includes(red.invoice_number),
    );
    expect((await simpleParser(mail.raw)).attachments).toHaveLength(1);
    expect((await auditOf(invoice.documentId)).at(-1)).toMatchObject({
      action: 'reverse',
      from_state: 'issued',
      to_state: 'reversed',
      actor_role: 'finance',
    });
    const stranger = await approvedLiaison();
    expect((await stranger.get(`/api/red-letter-invoices/${red.document_id}/pdf`)).status).toBe(
      404,
    );
  });

  it('reverseInvoiceOfOrder (the refunds hook) reverses the issued invoice, and ignores an order without one', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { order, invoice } = await issued(liaison, finance);
    const bare = await paidOrder(liaison);
    await app.strapi().db.transaction(async ({ trx }) => {
      await reverseInvoiceOfOrder(trx, order.documentId, '全额退款');
      await reverseInvoiceOfOrder(trx, bare.documentId, '全额退款');
    });
    expect((await invoicesOf(order.documentId))[0].invoice_status).toBe('reversed');
    expect(await invoicesOf(bare.documentId)).toHaveLength(0);
    expect((await auditOf(invoice.documentId)).at(-1)).toMatchObject({
      action: 'reverse',
      actor_role: 'system',
      reason: '全额退款',
    });
  });

  it('raises a 72-hour confirmation when the buyer deducted the invoice; confirming issues the red letter', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { invoice } = await issued(liaison, finance);
    const marked = await finance.post(`/api/invoices/${invoice.documentId}/buyer-deducted`, {
      data: { buyerDeducted: true },
    });
    expect(marked.status, marked.text).toBe(200);
    expect(marked.body.data).toMatchObject({
      buyerDeducted: true,
      allowedActions: ['raiseRedLetterConfirmation', 'downloadPdf'],
    });
    const raised = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reverse', reason: '全额退款' },
    });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body.data).toMatchObject({
      invoiceStatus: 'reversalPending',
      allowedActions: ['confirmRedLetter', 'downloadPdf'],
    });
    const [pending] = await redLettersOf(invoice.documentId);
    expect(pending).toMatchObject({
      confirmation_required: true,
      confirmation_status: 'pending',
      invoice_number: null,
    });
    const hours = (new Date(pending.confirmation_deadline).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    // The 红字确认单 queue offers finance — and only finance — the confirmation.
    const listed = async (client: { get(url: string): PromiseLike<{ body: unknown }> }) =>
      (
        (
          await client.get(
            `/api/red-letter-invoices?filters[invoiceRef][$eq]=${invoice.documentId}`,
          )
        ).body as { data: { allowedActions?: string[] }[] }
      ).data[0]?.allowedActions;
    expect(await listed(finance)).toEqual(['confirmRedLetter']);
    expect(await listed(liaison)).toEqual([]);
    expect(hours).toBeLessThanOrEqual(72);
    await mailbox.waitFor(String(invoice.email), (m) => m.subject.includes('红字确认单'));
    // Two jobs wait for it: the reminder a day before the deadline, and the expiry.
    const jobs = await knex()('pgboss.job')
      .where({ name: 'red-letter-deadline' })
      .whereRaw(`data->>'documentId' = ?`, [pending.document_id]);
    expect(
      jobs.map((j) => (typeof j.data === 'string' ? JSON.parse(j.data) : j.data).step).sort(),
    ).toEqual(['expire', 'remind']);

    const confirmed = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'confirmRedLetter' },
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.data.invoiceStatus).toBe('reversed');
    const [done] = await redLettersOf(invoice.documentId);
    expect(done).toMatchObject({ confirmation_status: 'confirmed', amount_fen: -30_000 });
    expect(done.invoice_number).toMatch(/^\d{20}$/);
    expect(done.confirmed_at).not.toBeNull();
    expect((await auditOf(invoice.documentId)).map((a) => a.action)).toEqual([
      'create',
      'issue',
      'markDeducted',
      'raiseRedLetterConfirmation',
      'confirmRedLetter',
    ]);
  });

  it('reminds before the deadline and lets the invoice stand when the deadline passes', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { invoice } = await issued(liaison, finance);
    await finance.post(`/api/invoices/${invoice.documentId}/buyer-deducted`, {
      data: { buyerDeducted: true },
    });
    const previous = {
      hours: process.env.RED_LETTER_CONFIRMATION_HOURS,
      reminder: process.env.RED_LETTER_REMINDER_HOURS,
    };
    // Six seconds to confirm, the reminder after about two.
    process.env.RED_LETTER_CONFIRMATION_HOURS = String(6 / 3600);
    process.env.RED_LETTER_REMINDER_HOURS = String(4 / 3600);
    try {
      const raised = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
        data: { action: 'reverse', reason: '全额退款' },
      });
      expect(raised.body.data.invoiceStatus).toBe('reversalPending');
      await mailbox.waitFor(String(invoice.email), (m) => m.subject.startsWith('提醒'));
      const [reminded] = await redLettersOf(invoice.documentId);
      expect(reminded.reminder_sent_at).not.toBeNull();
      expect(reminded.confirmation_status).toBe('pending');
      await expect
        .poll(
          async () =>
            (await knex()('invoices').where({ document_id: invoice.documentId }).first())
              .invoice_status,
          { timeout: 30_000, interval: 500 },
        )
        .toBe('issued');
    } finally {
      process.env.RED_LETTER_CONFIRMATION_HOURS = previous.hours;
      process.env.RED_LETTER_REMINDER_HOURS = previous.reminder;
      if (previous.hours === undefined) delete process.env.RED_LETTER_CONFIRMATION_HOURS;
      if (previous.reminder === undefined) delete process.env.RED_LETTER_REMINDER_HOURS;
    }
    const [expired] = await redLettersOf(invoice.documentId);
    expect(expired).toMatchObject({ confirmation_status: 'expired', invoice_number: null });
    expect((await auditOf(invoice.documentId)).at(-1)).toMatchObject({
      action: 'expireRedLetter',
      from_state: 'reversalPending',
      to_state: 'issued',
      actor_role: 'system',
    });
    // Too late to confirm; the invoice may be reversed again later.
    const late = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'confirmRedLetter' },
    });
    expect(late.status).toBe(409);
    const again = await finance.post(`/api/invoices/${invoice.documentId}/transitions`, {
      data: { action: 'reverse', reason: '再次红冲' },
    });
    expect(again.body.data.invoiceStatus).toBe('reversalPending');
    expect(await redLettersOf(invoice.documentId)).toHaveLength(2);
  }, 60_000);
});

describe('finance lists (开票管理)', () => {
  it('filters the queue by state and exports it as XLSX', async () => {
    const liaison = await approvedLiaison();
    const finance = await app.as('finance');
    const { order, invoice } = await requested(liaison);
    const queue = await finance.get(
      '/api/invoices?filters[invoiceStatus][$eq]=requested&populate[order][fields][0]=orderNumber&pagination[pageSize]=100',
    );
    expect(queue.status).toBe(200);
    const row = queue.body.data.find(
      (r: { documentId: string }) => r.documentId === invoice.documentId,
    );
    expect(row).toMatchObject({ order: { orderNumber: order.orderNumber } });
    expect(row.allowedActions).toEqual(['issue', 'reject']);
    const workbook = await binary(
      finance.get('/api/invoices/export?filters[invoiceStatus][$eq]=requested'),
    );
    expect(workbook.status).toBe(200);
    expect(String(workbook.headers['content-type'])).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.body as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('订单号');
    const orderNumbers = sheet.getColumn(1).values.map(String);
    expect(orderNumbers).toContain(order.orderNumber);
    expect((await finance.get('/api/red-letter-invoices/export')).status).toBe(200);
    expect((await liaison.get('/api/invoices/export')).status).toBe(403);
  });
});
