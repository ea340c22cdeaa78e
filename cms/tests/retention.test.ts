import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../src/retention/anonymise';
import { newLiaison, withStrapi } from './support/app';
import { residentId } from './support/identities';

/**
 * Issue 10, findings 12: past editions' personal data is anonymised on a schedule, finance
 * records stay whole, a second run changes nothing; a liaison downloads everything held on
 * its own organization (PIPL access right) and nobody else's.
 */
const app = withStrapi({ RETENTION_MONTHS: '18', RETENTION_CRON: '30 3 * * *' });
const db = (): Knex => app.strapi().db.connection;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const yearsAgo = (years: number) => new Date(Date.now() - years * 365 * 24 * 3600_000);

/** Where the upload provider keeps a file's bytes, found by name under the cms (any folder). */
function storedCopies(name: string) {
  const found: string[] = [];
  const skip = new Set(['node_modules', 'dist', 'src', 'tests', '.cache', 'types', 'config']);
  const walk = (dir: string, depth: number) => {
    if (depth > 4) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !skip.has(entry.name)) walk(path.join(dir, entry.name), depth + 1);
      else if (entry.isFile() && entry.name === name) found.push(path.join(dir, entry.name));
    }
  };
  walk(app.strapi().dirs.app.root, 0);
  return found;
}

/** An ID photo stored through the upload plugin and set on the person. */
async function givePhoto(personRef: string) {
  const filepath = path.join(os.tmpdir(), `photo-${crypto.randomBytes(4).toString('hex')}.png`);
  fs.writeFileSync(filepath, PNG);
  const [file] = await app
    .strapi()
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'photo.png' } },
      files: { filepath, originalFilename: 'photo.png', mimetype: 'image/png', size: PNG.length },
    });
  await app
    .strapi()
    .documents('api::person.person')
    .update({ documentId: personRef, data: { idPhoto: file.id } } as never);
  return file as { id: number; hash: string; ext: string };
}

const now = () => new Date();
const row = (extra: Record<string, unknown>): Record<string, unknown> => ({
  document_id: crypto.randomBytes(12).toString('hex'),
  created_at: now(),
  updated_at: now(),
  published_at: now(),
  ...extra,
});

/** An order of the past edition with what finance keeps: payment, invoice, refund. */
async function financeOf(organizationRef: string, person: { document_id: string; name: string }) {
  const order = row({
    order_number: `O7-${crypto.randomBytes(3).toString('hex')}`,
    edition_number: 7,
    organization_ref: organizationRef,
    order_status: 'paid',
    amount_fen: 20000,
    head_count: 1,
    express_address_copy: JSON.stringify({
      province: '上海市',
      city: '上海市',
      district: '徐汇区',
      street: '示例路 1 号',
      recipient: '收件人甲',
      mobile: '13900000001',
    }),
  });
  await db()('badge_orders').insert(order);
  await db()('payments').insert(
    row({
      order_ref: order.document_id,
      method: 'alipay',
      payment_status: 'succeeded',
      amount_fen: 20000,
      paid_amount_fen: 20000,
      payer_name: '付款人甲',
    }),
  );
  await db()('invoices').insert(
    row({
      order_ref: order.document_id,
      kind: 'normal',
      invoice_status: 'requested',
      title: '示例贸易有限公司',
      tax_number: '91310115MA1FL8K22H',
      amount_fen: 20000,
    }),
  );
  await db()('refunds').insert(
    row({
      order_ref: order.document_id,
      order_number: order.order_number,
      organization_ref: organizationRef,
      person_ref: person.document_id,
      person_name: person.name,
      refund_status: 'succeeded',
      refund_number: `R7-${crypto.randomBytes(3).toString('hex')}`,
      amount_fen: 20000,
    }),
  );
  return String(order.document_id);
}

const financeRows = async (orderRef: string) => ({
  order: await db()('badge_orders')
    .where('document_id', orderRef)
    .first('order_number', 'amount_fen', 'order_status'),
  payments: await db()('payments').where('order_ref', orderRef).select('amount_fen', 'payer_name'),
  invoices: await db()('invoices')
    .where('order_ref', orderRef)
    .select('title', 'tax_number', 'amount_fen'),
  refunds: await db()('refunds')
    .where('order_ref', orderRef)
    .select('refund_number', 'person_name', 'amount_fen'),
});

/** Everything a retention run may touch, to compare two runs. */
const personalTables = async () => ({
  persons: await db()('persons').orderBy('id').select(),
  users: await db()('up_users').orderBy('id').select(),
  organizations: await db()('organizations').orderBy('id').select(),
  addresses: await db()('express_addresses').orderBy('id').select(),
  orders: await db()('badge_orders').orderBy('id').select(),
  invitations: await db()('invitations').orderBy('id').select(),
  files: await db()('files').orderBy('id').select('id'),
  codes: await db()('verification_codes').orderBy('id').select('id'),
  sms: await db()('sms_messages').orderBy('id').select('id'),
});

describe('retention of past editions', () => {
  let pastOrganization: string;
  let pastPerson: { document_id: string; name: string; id: number };
  let photo: { id: number; hash: string; ext: string };
  let sharedPhoto: { id: number; hash: string; ext: string };
  let currentPersonId: number;
  let orderRef: string;
  let financeBefore: Awaited<ReturnType<typeof financeRows>>;
  let currentBefore: unknown[];
  let first: Awaited<ReturnType<typeof runRetention>>;

  beforeAll(async () => {
    pastPerson = await db()('persons')
      .where('edition_number', 7)
      .whereNotNull('mobile')
      .first('document_id', 'name', 'id', 'organization_ref');
    pastOrganization = (pastPerson as unknown as { organization_ref: string }).organization_ref;
    photo = await givePhoto(pastPerson.document_id);
    expect(storedCopies(`${photo.hash}${photo.ext}`).length).toBeGreaterThan(0);
    // Brought forward: another past person's photo that a current person uses too.
    const broughtFrom = await db()('persons')
      .where('edition_number', 7)
      .whereNot('id', pastPerson.id)
      .first('document_id');
    sharedPhoto = await givePhoto(broughtFrom.document_id);
    currentPersonId = (await db()('persons').where('edition_number', 8).first('id')).id;
    await db()('files_related_mph').insert({
      file_id: sharedPhoto.id,
      related_id: currentPersonId,
      related_type: 'api::person.person',
      field: 'idPhoto',
      order: 1,
    });
    orderRef = await financeOf(pastOrganization, pastPerson);
    await db()('express_addresses').insert(
      row({
        organization_ref: pastOrganization,
        province: '上海市',
        street: '旧地址 9 号',
        recipient: '收件人乙',
        mobile: '13900000009',
        is_default: true,
      }),
    );
    // A colleague account of the past edition's person.
    const [user] = await db()('up_users')
      .insert(
        row({
          username: `colleague7-${crypto.randomBytes(3).toString('hex')}`,
          email: `c7-${crypto.randomBytes(3).toString('hex')}@example.com`,
          mobile: '13900000007',
          password: 'x',
          confirmed: true,
          blocked: false,
          provider: 'local',
        }),
      )
      .returning('id');
    await db()('up_users_person_lnk').insert({ user_id: user.id, person_id: pastPerson.id });
    await db()('sms_messages').insert([
      row({ to: '13900000001', body: '旧短信', created_at: yearsAgo(3) }),
      row({ to: '13900000002', body: '新短信' }),
    ]);
    await db()('verification_codes').insert(
      row({ channel: 'sms', target: '13900000001', created_at: yearsAgo(3) }),
    );
    financeBefore = await financeRows(orderRef);
    currentBefore = await db()('persons').where('edition_number', 8).orderBy('id').select();
    first = await runRetention(app.strapi());
  });

  it('runs nightly as a pg-boss schedule', async () => {
    const schedule = await db()('pgboss.schedule').where('name', 'retention').first();
    expect(schedule?.cron).toBe('30 3 * * *');
  });

  it("clears the past edition's ID numbers, mobiles and names, and deletes the photo bytes", async () => {
    const persons = await db()('persons').where('edition_number', 7).select();
    expect(persons.length).toBeGreaterThan(0);
    for (const person of persons) {
      expect(person).toMatchObject({ id_number: null, mobile: null, email: null, name: '已匿名' });
    }
    expect(await db()('files').where('id', photo.id).first()).toBeUndefined();
    expect(storedCopies(`${photo.hash}${photo.ext}`)).toEqual([]);
    expect(first.editions).toEqual([
      expect.objectContaining({ edition: 7, persons: persons.length, photos: 1, photosFailed: 0 }),
    ]);
  });

  it('clears contacts, addresses, the order address copy and colleague accounts', async () => {
    const organization = await db()('organizations').where('document_id', pastOrganization).first();
    expect(organization).toMatchObject({ contact_name: null, contact_mobile: null });
    expect(organization.name).not.toBe('');
    const address = await db()('express_addresses')
      .where('organization_ref', pastOrganization)
      .first();
    expect(address).toMatchObject({ recipient: null, mobile: null, street: null });
    const order = await db()('badge_orders').where('document_id', orderRef).first();
    const copy = order.express_address_copy;
    expect(typeof copy === 'string' ? JSON.parse(copy) : copy).toEqual({
      province: '上海市',
      city: '上海市',
      district: '徐汇区',
    });
    const account = await db()('up_users as u')
      .join('up_users_person_lnk as l', 'l.user_id', 'u.id')
      .where('l.person_id', pastPerson.id)
      .first('u.*');
    expect(account).toMatchObject({ blocked: true, mobile: null, password: null });
    expect(account.email).toMatch(/@anonymised\.invalid$/);
  });

  it('keeps a photo a current person was brought forward with, dropping only the past link', async () => {
    expect(await db()('files').where('id', sharedPhoto.id).first()).toBeDefined();
    expect(storedCopies(`${sharedPhoto.hash}${sharedPhoto.ext}`).length).toBeGreaterThan(0);
    const links = await db()('files_related_mph').where('file_id', sharedPhoto.id).select();
    expect(links).toEqual([expect.objectContaining({ related_id: currentPersonId })]);
  });

  it('keeps finance records whole and the current edition untouched', async () => {
    expect(await financeRows(orderRef)).toEqual(financeBefore);
    expect(financeBefore.refunds[0].person_name).toBe(pastPerson.name);
    expect(await db()('persons').where('edition_number', 8).orderBy('id').select()).toEqual(
      currentBefore,
    );
  });

  it('deletes SMS and verification records older than the period only', async () => {
    expect(await db()('sms_messages').where('body', '旧短信').first()).toBeUndefined();
    expect(await db()('sms_messages').where('body', '新短信').first()).toBeDefined();
    expect(first.verificationCodes).toBe(1);
  });

  it('writes a summary audit row per run', async () => {
    const audit = await db()('review_logs')
      .where({ machine: 'retention', record_ref: 'edition-7' })
      .orderBy('id', 'desc')
      .first();
    expect(JSON.parse(audit.reason)).toMatchObject({ edition: 7, photos: 1 });
  });

  it('changes nothing on a second run', async () => {
    const before = await personalTables();
    const second = await runRetention(app.strapi());
    expect(await personalTables()).toEqual(before);
    expect(second.editions).toEqual([
      {
        edition: 7,
        persons: 0,
        photos: 0,
        photosFailed: 0,
        colleagueAccounts: 0,
        organizations: 0,
        expressAddresses: 0,
        orderAddressCopies: 0,
        invitations: 0,
        imports: 0,
      },
    ]);
  });

  it('refuses a batch size of 0 (which looped forever), a negative or a non-number, touching nothing', async () => {
    const before = await personalTables();
    for (const size of ['0', '-5', 'abc', '2.5']) {
      process.env.RETENTION_BATCH_SIZE = size;
      try {
        await expect(runRetention(app.strapi())).rejects.toThrow(/RETENTION_BATCH_SIZE/);
      } finally {
        delete process.env.RETENTION_BATCH_SIZE;
      }
    }
    expect(await personalTables()).toEqual(before);
  });
});

describe('personal-data export (PIPL access right)', () => {
  type Liaison = Awaited<ReturnType<typeof newLiaison>>;
  let own: Liaison;
  let other: Liaison;
  let idNumber: string;
  const foreignIdNumber = residentId('19900101', 456);

  const download = (liaison: Liaison, organizationId: string) =>
    liaison
      .get(`/api/organizations/${organizationId}/personal-data`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    own = await newLiaison(app, 'domesticEnterprise');
    other = await newLiaison(app, 'domesticEnterprise');
    await own.post(`/api/organizations/${own.organizationId}/transitions`, {
      data: { action: 'submit' },
    });
    await other.post(`/api/organizations/${other.organizationId}/transitions`, {
      data: { action: 'submit' },
    });
    idNumber = residentId('19880416', 123);
    const added = await own.post('/api/persons', {
      data: {
        name: '张伟',
        gender: 'male',
        regionType: 'mainland',
        idType: 'residentId',
        idNumber,
        mobile: '13812345678',
        position: '采购经理',
        email: 'zhang.wei@example.com',
      },
    });
    expect(added.status, added.text).toBe(201);
    const foreign = await other.post('/api/persons', {
      data: {
        name: '外人',
        gender: 'male',
        regionType: 'mainland',
        idType: 'residentId',
        idNumber: foreignIdNumber,
        mobile: '13812340000',
        position: '经理',
        email: 'wai@example.com',
      },
    });
    expect(foreign.status, foreign.text).toBe(201);
  });

  it("gives the liaison a ZIP of its own organization's data with full ID numbers", async () => {
    const response = await download(own, own.organizationId);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const bundle = JSON.parse(await zip.file('personal-data.json')!.async('string'));
    expect(bundle.organization.documentId).toBe(own.organizationId);
    expect(bundle.sections.persons.map((p: { idNumber: string }) => p.idNumber)).toEqual([
      idNumber,
    ]);
    expect(JSON.stringify(bundle)).not.toContain(foreignIdNumber);
    expect(JSON.stringify(bundle)).not.toContain(other.organizationId);
    expect(bundle.sections.reviewHistory.length).toBeGreaterThan(0);
    expect(bundle.sections.consents[0]).toMatchObject({ kind: 'privacyPolicy' });
    for (const rows of Object.values(bundle.sections) as Record<string, unknown>[][]) {
      for (const r of rows) expect(Object.keys(r)).not.toContain('password');
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.file('personal-data.xlsx')!.async('nodebuffer')) as never);
    expect(workbook.getWorksheet('persons')?.getRow(2).values).toContain(idNumber);
  });

  it('logs each export in the audit log under the actor who asked, apart from the review history (审核记录)', async () => {
    const logged = await db()('review_logs')
      .where({ machine: 'personal-data', record_ref: own.organizationId, action: 'export' })
      .select('actor_role');
    expect(logged.length).toBeGreaterThan(0);
    // An actor name as every other review-log row has, never a users-permissions role type.
    for (const row of logged) expect(row.actor_role).toBe('liaison');
    const history = await own.get(`/api/organizations/${own.organizationId}/history`);
    expect(history.status).toBe(200);
    expect(history.body.data.length).toBeGreaterThan(0);
    expect(history.body.data.map((row: { action: string }) => row.action)).not.toContain('export');
  });

  it("answers 404 for another organization's data and 403 to other roles", async () => {
    expect((await download(other, own.organizationId)).status).toBe(404);
    const colleague = await app.as('colleague');
    expect(
      (await colleague.get(`/api/organizations/${own.organizationId}/personal-data`)).status,
    ).toBe(403);
    const anonymous = await app.as('public');
    expect(
      (await anonymous.get(`/api/organizations/${own.organizationId}/personal-data`)).status,
    ).toBe(403);
  });
});
