import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newLiaison } from './support/app';
import { residentId } from './support/identities';
import {
  approvedLiaison,
  paidOrder,
  pendingPersons,
  placeOrder,
  withSandboxStrapi,
} from './support/orders';
import {
  binary,
  expectPrivateAnswer,
  keysOf,
  licenceOf,
  pdf,
  photoOf,
  png,
  publicAddresses,
  today,
  voucherOf,
} from './support/personal-files';

/**
 * Issue 10, findings 1 and 2: licences, ID photos, remittance vouchers and invoice PDFs are
 * private. None is at /uploads; each is read through its record's route, by those in scope only,
 * typed by its checked content with nosniff; replacing or deleting removes the bytes. Here the
 * local private folder; personal-files-s3.test.ts runs the same path against S3.
 */
const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvis-personal-'));
const { app } = await withSandboxStrapi({ PERSONAL_FILES_DIR: privateDir });
const knex = () => app.strapi().db.connection;
const inPrivateDir = (key: string) => fs.existsSync(path.join(privateDir, key));
// The compiled module the running cms uses (same instance), as its bootstrap calls it.
const { moveLegacyPersonalFiles } = createRequire(__filename)(
  path.resolve(__dirname, '../dist/src/uploads/legacy-files.js'),
) as { moveLegacyPersonalFiles(strapi: unknown): Promise<void> };

/** A liaison with a licence, a person with a photo and a remittance with its voucher. */
async function organizationWithFiles(voucher = { bytes: pdf, name: 'voucher.html' }) {
  const liaison = await approvedLiaison(app);
  const [personId] = await pendingPersons(liaison, ['full']);
  const photo = await liaison.upload(`/api/persons/${personId}/photo`, await png(), '证件照.png');
  expect(photo.status, photo.text).toBe(200);
  const order = await placeOrder(liaison, [personId!]);
  const chosen = await liaison.post(`/api/badge-orders/${order.documentId}/payments`, {
    data: { method: 'bankTransfer' },
  });
  expect(chosen.status, chosen.text).toBe(201);
  const remit = app
    .http()
    .post(`/api/badge-orders/${order.documentId}/remittances`)
    .set('Authorization', `Bearer ${liaison.token}`);
  const fields = {
    payerName: '上海示例贸易有限公司',
    payerAccount: '6222021001023456789',
    payerBank: '中国工商银行上海徐汇支行',
    amountFen: order.amountFen,
    remittedOn: today,
  };
  for (const [key, value] of Object.entries(fields)) remit.field(key, String(value));
  const sent = await remit.attach('file', voucher.bytes, voucher.name);
  expect(sent.status, sent.text).toBe(201);
  return {
    liaison,
    personId: personId!,
    remittanceId: sent.body.data.remittances[0].documentId as string,
  };
}

describe('licences, ID photos and vouchers', () => {
  it('are nowhere under /uploads: not at the old address, not in record JSON', async () => {
    const { liaison, personId, remittanceId } = await organizationWithFiles();
    const files = [
      [await licenceOf(app, liaison.organizationId), '.png'],
      [await photoOf(app, personId), '.png'],
      [await voucherOf(app, remittanceId), '.html'],
    ] as const;
    for (const [file, uploadedExt] of files) {
      expect(file!.provider_metadata).toMatchObject({ personalFile: true, store: 'local' });
      expect(file!.url).not.toMatch(/^\/uploads\//);
      for (const key of keysOf(file!)) expect(inPrivateDir(key), key).toBe(true);
      for (const address of publicAddresses(file!, uploadedExt)) {
        expect((await app.http().get(address)).status, address).toBe(404);
      }
    }
    const records = [
      await liaison.get(`/api/organizations/${liaison.organizationId}?populate=businessLicence`),
      await liaison.get(`/api/persons/${personId}?populate=idPhoto`),
      await liaison.get(`/api/remittances/${remittanceId}`),
    ];
    for (const record of records) {
      expect(record.status, record.text).toBe(200);
      expect(record.text).not.toContain('/uploads/');
    }
  });

  it('answer their own organization, reviewers and finance as needed; nobody else', async () => {
    const { liaison, personId, remittanceId } = await organizationWithFiles();
    const routes = {
      licence: `/api/organizations/${liaison.organizationId}/licence`,
      photo: `/api/persons/${personId}/photo`,
      voucher: `/api/remittances/${remittanceId}/voucher`,
    };
    const stranger = await newLiaison(app, 'domesticEnterprise');
    const anonymous = await app.as('public');
    for (const url of Object.values(routes)) {
      expect((await anonymous.get(url)).status, url).toBe(403);
      expect((await stranger.get(url)).status, url).toBe(404);
    }
    const licence = await binary(liaison.get(routes.licence));
    expectPrivateAnswer(licence, 'image/png', 'inline', 'licence.png');
    expect((licence.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
    const photo = await binary(liaison.get(routes.photo));
    expectPrivateAnswer(photo, 'image/png', 'inline', 'id-photo.png');
    expect((await sharp(photo.body as Buffer).metadata()).width).toBe(358);
    // PDF bytes uploaded as voucher.html: stored, named and typed as the PDF they are.
    const voucher = await binary(liaison.get(routes.voucher));
    expectPrivateAnswer(voucher, 'application/pdf', 'inline', 'voucher.pdf');
    expect((voucher.body as Buffer).equals(pdf)).toBe(true);
    expect(await voucherOf(app, remittanceId)).toMatchObject({ name: 'voucher.pdf', ext: '.pdf' });

    const reviewer = await app.as('delegation-reviewer');
    const operations = await app.as('operations');
    const finance = await app.as('finance');
    expect((await reviewer.get(routes.licence)).status).toBe(200);
    expect((await operations.get(routes.licence)).status).toBe(200);
    expect((await operations.get(routes.photo)).status).toBe(200);
    expect((await finance.get(routes.voucher)).status).toBe(200);
    expect((await finance.get(routes.photo)).status).toBe(403);
    expect((await finance.get(routes.licence)).status).toBe(403);
  });

  it('names a licence by its checked type: PNG bytes called licence.html are licence.png', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const sent = await liaison.upload(
      `/api/organizations/${liaison.organizationId}/licence`,
      await png(40, 40),
      'licence.html',
    );
    expect(sent.status, sent.text).toBe(200);
    expect(sent.text).not.toContain('/uploads/');
    const file = await licenceOf(app, liaison.organizationId);
    expect(file).toMatchObject({ name: 'licence.png', ext: '.png', mime: 'image/png' });
    expect(file!.provider_metadata!.key).toMatch(/^licence\/.+\.png$/);
    const answer = await liaison.get(`/api/organizations/${liaison.organizationId}/licence`);
    expectPrivateAnswer(answer, 'image/png', 'inline', 'licence.png');
  });

  it('take their bytes along when replaced or when the person is deleted', async () => {
    const liaison = await approvedLiaison(app);
    const oldLicence = await licenceOf(app, liaison.organizationId);
    // The approved organization's licence can no longer change; a draft one can.
    const draft = await newLiaison(app, 'domesticEnterprise');
    const firstLicence = await licenceOf(app, draft.organizationId);
    await draft.upload(`/api/organizations/${draft.organizationId}/licence`, await png(), 'l.png');
    expect((await licenceOf(app, draft.organizationId))!.id).not.toBe(firstLicence!.id);
    for (const key of keysOf(firstLicence!)) expect(inPrivateDir(key), key).toBe(false);
    expect(await knex()('files').where({ id: firstLicence!.id })).toEqual([]);
    for (const key of keysOf(oldLicence!)) expect(inPrivateDir(key), key).toBe(true);

    const created = await liaison.post('/api/persons', {
      data: { name: '李娜', regionType: 'mainland', idType: 'residentId', idNumber: residentId() },
    });
    expect(created.status, created.text).toBe(201);
    const personId = created.body.data.documentId as string;
    await liaison.upload(`/api/persons/${personId}/photo`, await png(), 'a.png');
    const firstPhoto = await photoOf(app, personId);
    await liaison.upload(`/api/persons/${personId}/photo`, await png(400, 500), 'b.png');
    const secondPhoto = await photoOf(app, personId);
    for (const key of keysOf(firstPhoto!)) expect(inPrivateDir(key), key).toBe(false);
    for (const key of keysOf(secondPhoto!)) expect(inPrivateDir(key), key).toBe(true);

    const deleted = await liaison.delete(`/api/persons/${personId}`);
    expect(deleted.status, deleted.text).toBeLessThan(300);
    for (const key of keysOf(secondPhoto!)) expect(inPrivateDir(key), key).toBe(false);
    expect(await knex()('files').where({ id: secondPhoto!.id })).toEqual([]);
  });

  it('are deleted by the upload plugin’s remove, as the retention job calls it', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const file = await licenceOf(app, liaison.organizationId);
    const upload = app.strapi().plugin('upload').service('upload');
    await upload.remove(await upload.findOne(file!.id));
    for (const key of keysOf(file!)) expect(inPrivateDir(key), key).toBe(false);
    const answer = await liaison.get(`/api/organizations/${liaison.organizationId}/licence`);
    expect(answer.status).toBe(404);
  });
});

describe('invoice PDFs', () => {
  it('come with their type, attachment disposition, nosniff and no-store; 404 to others', async () => {
    const { liaison, order } = await paidOrder(app, ['full']);
    const requested = await liaison.post('/api/invoices', {
      data: {
        order: order.documentId,
        kind: 'ordinary',
        title: '上海示例贸易有限公司',
        taxNumber: '91350100M000100Y43',
        mobile: '13800138000',
        email: 'invoice-files@example.com',
      },
    });
    expect(requested.status, requested.text).toBe(201);
    const invoiceId = requested.body.data.documentId as string;
    const finance = await app.as('finance');
    const issued = await finance.post(`/api/invoices/${invoiceId}/transitions`, {
      data: { action: 'issue' },
    });
    expect(issued.status, issued.text).toBe(200);
    const number = issued.body.data.invoiceNumber as string;
    const download = await binary(liaison.get(`/api/invoices/${invoiceId}/pdf`));
    expectPrivateAnswer(download, 'application/pdf', 'attachment', `invoice-${number}.pdf`);
    expect((download.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await newLiaison(app, 'domesticEnterprise');
    expect((await stranger.get(`/api/invoices/${invoiceId}/pdf`)).status).toBe(404);
    expect((await (await app.as('public')).get(`/api/invoices/${invoiceId}/pdf`)).status).toBe(403);
  });
});

describe('editorial media', () => {
  it('stay public at /uploads, as content editors upload them', async () => {
    const file = path.join(privateDir, 'news-photo.png');
    fs.writeFileSync(file, await png(300, 200));
    const [stored] = await app
      .strapi()
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'news-photo.png' } },
        files: {
          filepath: file,
          originalFilename: 'news-photo.png',
          mimetype: 'image/png',
          size: fs.statSync(file).size,
        },
      });
    expect(stored.url).toMatch(/^\/uploads\/.+\.png$/);
    expect((await app.http().get(stored.url)).status).toBe(200);
    await app.strapi().plugin('upload').service('upload').remove(stored);
  });
});

describe('personal files stored before they were private', () => {
  it('are moved out of public/uploads at start, typed by their bytes, and read through the route', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const current = await licenceOf(app, liaison.organizationId);
    // As the old code left it: PNG bytes under the uploaded name's extension, public.
    const hash = `licence_legacy${Date.now()}`;
    const publicFile = path.join(app.strapi().dirs.static.public, 'uploads', `${hash}.html`);
    fs.writeFileSync(publicFile, await png());
    await knex()('files')
      .where({ id: current!.id })
      .update({ hash, ext: '.html', url: `/uploads/${hash}.html`, provider_metadata: null });
    expect((await app.http().get(`/uploads/${hash}.html`)).status).toBe(200);

    await moveLegacyPersonalFiles(app.strapi());
    expect(fs.existsSync(publicFile)).toBe(false);
    expect((await app.http().get(`/uploads/${hash}.html`)).status).toBe(404);
    const moved = await licenceOf(app, liaison.organizationId);
    expect(moved).toMatchObject({ name: 'licence.png', ext: '.png', mime: 'image/png' });
    expect(inPrivateDir(moved!.provider_metadata!.key)).toBe(true);
    const answer = await liaison.get(`/api/organizations/${liaison.organizationId}/licence`);
    expectPrivateAnswer(answer, 'image/png', 'inline', 'licence.png');
  });
});
