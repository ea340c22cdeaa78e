import ExcelJS from 'exceljs';
import type supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { residentId } from './support/identities';

/**
 * Issue 4 item 7, the person spreadsheet: the template with its drop-downs, the import job with
 * its per-row report (all or nothing, or the valid rows), and the scoped XLSX export.
 */
const app = withStrapi();
type Liaison = Awaited<ReturnType<typeof newLiaison>>;

/** A resident ID whose check character is X, the case Excel breaks when the cell is numeric. */
function residentIdEndingInX() {
  for (;;) {
    const id = residentId();
    if (id.endsWith('X')) return id;
  }
}

const binary = (request: supertest.Test) =>
  request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

async function approvedLiaison() {
  const liaison = await newLiaison(app, 'domesticEnterprise');
  const submitted = await liaison.post(`/api/organizations/${liaison.organizationId}/transitions`, {
    data: { action: 'submit' },
  });
  expect(submitted.body.data.reviewStatus).toBe('approved');
  return liaison;
}

async function template(liaison: Liaison) {
  const response = await binary(liaison.get('/api/persons/import-template'));
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body as never);
  return workbook;
}

type Row = Record<string, string | number>;
const HEADERS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  regionType: '地区类型',
  idType: '证件类型',
  idNumber: '证件号码',
  position: '职务',
  personTag: '人员标签',
  entryDateOption: '入场日期',
  mobile: '手机',
  email: '邮箱',
};

/** Fills the downloaded template like a liaison would: one row per person under its headers. */
async function filledTemplate(liaison: Liaison, rows: Row[]) {
  const workbook = await template(liaison);
  const sheet = workbook.getWorksheet('人员信息')!;
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const zh = String(cell.value).split('\n')[0]!.replace('*', '').trim();
    columnOf.set(zh, column);
  });
  rows.forEach((row, i) => {
    for (const [field, value] of Object.entries(row)) {
      sheet.getRow(i + 2).getCell(columnOf.get(HEADERS[field]!)!).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const person = (extra: Row = {}): Row => ({
  name: '李娜',
  gender: '女',
  regionType: '大陆',
  idType: '居民身份证',
  idNumber: residentId(),
  position: '采购总监',
  personTag: '专业观众',
  entryDateOption: '11月8日-10日',
  mobile: '13912345678',
  email: 'li.na@example.com',
  ...extra,
});

const upload = (liaison: Liaison, bytes: Buffer, mode: string, name = 'persons.xlsx') =>
  app
    .http()
    .post('/api/persons/imports')
    .set('Authorization', `Bearer ${liaison.token}`)
    .field('mode', mode)
    .attach('file', bytes, name);

/** Uploads and waits for the job; answers the finished import record. */
async function importRows(liaison: Liaison, rows: Row[], mode = 'validOnly') {
  const started = await upload(liaison, await filledTemplate(liaison, rows), mode);
  expect(started.status, started.text).toBe(202);
  expect(started.body.data.importStatus).toBe('queued');
  const id = started.body.data.documentId as string;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const status = await liaison.get(`/api/persons/imports/${id}`);
    expect(status.status).toBe(200);
    if (['done', 'failed'].includes(status.body.data.importStatus)) return status.body.data;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the import did not finish in 30 s');
}

const personsOf = async (liaison: Liaison) =>
  (await liaison.get('/api/persons?pagination[pageSize]=100&sort=id:asc')).body.data as Record<
    string,
    unknown
  >[];

describe('the import template', () => {
  it('has bilingual headers, a text ID column, drop-downs for every enumeration and instructions', async () => {
    const liaison = await approvedLiaison();
    const workbook = await template(liaison);
    const sheet = workbook.getWorksheet('人员信息')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toContain('证件号码 *\nID number');
    expect(headers.map((h) => h.split('\n')[0]!.replace(' *', ''))).toEqual([
      '姓名',
      '性别',
      '地区类型',
      '证件类型',
      '证件号码',
      '职务',
      '人员标签',
      '入场日期',
      '手机',
      '邮箱',
    ]);
    expect(sheet.getColumn(5).numFmt).toBe('@');
    const lists = workbook.getWorksheet('选项')!;
    const listOf = (formula: string) => {
      const [, column, last] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(formula)!;
      return Array.from(
        { length: Number(last) - 1 },
        (_, i) => lists.getCell(`${column}${i + 2}`).value,
      );
    };
    const validations = (
      sheet as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    const dropDown = (column: string) => {
      const rule = validations[`${column}2`];
      expect(rule?.type, column).toBe('list');
      expect(validations[`${column}5001`]).toEqual(rule);
      return listOf(rule!.formulae[0]!);
    };
    expect(dropDown('B')).toEqual(['男', '女']);
    expect(dropDown('C')).toEqual(['大陆', '港澳台', '外籍']);
    expect(dropDown('D')).toContain('居民身份证');
    expect(dropDown('D')).toContain('护照');
    expect(dropDown('G')).toEqual(['专业观众', '采购商']);
    expect(dropDown('H')).toEqual(['11月5日-10日', '11月8日-10日']);
    expect(validations.A2).toBeUndefined();
    expect(validations.E2).toBeUndefined();
    const instructions = workbook.getWorksheet('填写说明')!;
    expect(String(instructions.getCell('A1').value)).toContain('填写说明');
  });
});

describe('importing persons', () => {
  it('imports every row of a good file with system numbers, as draft persons of the organization', async () => {
    const liaison = await approvedLiaison();
    const withX = residentIdEndingInX();
    const rows = [
      person({ idNumber: withX }),
      ...Array.from({ length: 5 }, (_, i) => person({ name: `人员${i}` })),
      person({
        name: 'Olivia Harper',
        gender: 'Female',
        regionType: '外籍',
        idType: '护照',
        idNumber: 'PA7654321',
        entryDateOption: '',
        mobile: '',
        email: '',
      }),
    ];
    const done = await importRows(liaison, rows);
    expect(done).toMatchObject({
      importStatus: 'done',
      totalRows: 7,
      checkedRows: 7,
      importedRows: 7,
      invalidRows: 0,
      report: [],
    });
    const persons = await personsOf(liaison);
    expect(persons).toHaveLength(7);
    for (const p of persons) {
      expect(p).toMatchObject({ personStatus: 'draft', source: 'import' });
      expect(p.personNumber).toMatch(/^P8-\d{7}$/);
    }
    expect(new Set(persons.map((p) => p.personNumber)).size).toBe(7);
    const first = await liaison.get(`/api/persons/${persons[0]!.documentId}`);
    expect(first.body.data).toMatchObject({
      idNumber: withX,
      gender: 'female',
      regionType: 'mainland',
      idType: 'residentId',
      personTag: 'professionalVisitor',
      entryDateOption: 'half',
    });
    const foreign = persons.find((p) => p.name === 'Olivia Harper')!;
    // Entry dates left empty take the first option, as on the form.
    expect(foreign).toMatchObject({ regionType: 'foreign', entryDateOption: 'full' });
  });

  it('imported persons are found by their whole ID number, like persons added by the form (docs/id-numbers.md)', async () => {
    const liaison = await approvedLiaison();
    const withX = residentIdEndingInX();
    await importRows(liaison, [person({ idNumber: withX }), person({ name: '人员乙' })]);
    const found = await liaison.get(`/api/persons?filters[idNumber][$eq]=${withX.toLowerCase()}`);
    expect(found.status, found.text).toBe(200);
    expect(found.body.data.map((p: { name: string }) => p.name)).toEqual(['李娜']);
    expect(found.body.data[0].idNumber).toMatch(/^\d{2}\*{15}X$/);
  });

  it('reads an imported person back through GET /persons/:id exactly like one made by the form', async () => {
    const liaison = await approvedLiaison();
    const fields = {
      name: '陈静',
      gender: 'female',
      regionType: 'mainland',
      idType: 'residentId',
      position: '经理',
      personTag: 'buyer',
      entryDateOption: 'full',
      mobile: '13700001111',
      email: 'chen.jing@example.com',
    };
    const byForm = await liaison.post('/api/persons', {
      data: { ...fields, idNumber: residentId() },
    });
    expect(byForm.status).toBe(201);
    await importRows(liaison, [
      person({
        name: '陈静',
        gender: '女',
        idNumber: residentId(),
        position: '经理',
        personTag: '采购商',
        entryDateOption: '11月5日-10日',
        mobile: '13700001111',
        email: 'chen.jing@example.com',
      }),
    ]);
    const imported = (await personsOf(liaison)).find((p) => p.source === 'import')!;
    const [formRecord, importedRecord] = await Promise.all(
      [byForm.body.data.documentId, imported.documentId].map(
        async (id) => (await liaison.get(`/api/persons/${id}?populate=organization`)).body.data,
      ),
    );
    expect(Object.keys(importedRecord).sort()).toEqual(Object.keys(formRecord).sort());
    const differ = ['id', 'documentId', 'idNumber', 'personNumber', 'source'];
    const timestamps = ['createdAt', 'updatedAt', 'publishedAt'];
    for (const key of Object.keys(formRecord)) {
      if (differ.includes(key)) continue;
      if (timestamps.includes(key)) {
        expect(typeof importedRecord[key], key).toBe(typeof formRecord[key]);
        expect(importedRecord[key], key).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
      } else expect(importedRecord[key], key).toEqual(formRecord[key]);
    }
    expect(importedRecord.organization.documentId).toBe(liaison.organizationId);
    expect(importedRecord.source).toBe('import');
  });

  describe('a file with broken rows', () => {
    let liaison: Liaison;
    let taken: string;
    let rows: Row[];
    beforeAll(async () => {
      liaison = await approvedLiaison();
      taken = residentId();
      const added = await liaison.post('/api/persons', {
        data: {
          name: '已登记',
          regionType: 'mainland',
          idType: 'residentId',
          idNumber: taken,
        },
      });
      expect(added.status).toBe(201);
      const good = residentId();
      const badCheck = `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`;
      const repeated = residentId();
      rows = [
        person({ name: '正确甲' }), // row 2
        person({ idNumber: badCheck }), // row 3: check character
        person({ idType: '护照', idNumber: 'E12345678' }), // row 4: passport for mainland
        person({ gender: '未知', mobile: '12345' }), // row 5: gender and mobile
        person({ name: '' }), // row 6: name missing
        person({ name: '正确乙', idNumber: repeated }), // row 7
        person({ idNumber: repeated }), // row 8: repeats row 7
        person({ idNumber: taken }), // row 9: already registered
      ];
    });

    const expectedReport = [
      { row: 3, field: 'idNumber' },
      { row: 4, field: 'idType', code: 'idTypeNotAllowedForRegion' },
      { row: 5, field: 'gender', code: 'unknownChoice' },
      { row: 5, field: 'mobile', code: 'invalidMobile' },
      { row: 6, field: 'name', code: 'required' },
      { row: 8, field: 'idNumber', code: 'duplicateInFile' },
      { row: 9, field: 'idNumber', code: 'duplicate' },
    ];

    it('reports each bad row and field in both languages and writes nothing when all or nothing', async () => {
      const done = await importRows(liaison, rows, 'allOrNothing');
      expect(done).toMatchObject({
        importStatus: 'done',
        totalRows: 8,
        checkedRows: 8,
        invalidRows: 6,
        importedRows: 0,
      });
      expect(done.report).toEqual(expectedReport.map((entry) => expect.objectContaining(entry)));
      expect(done.report.find((r: { row: number }) => r.row === 8)).toMatchObject({
        zh: '与第 7 行的证件重复',
        en: 'The same ID as row 7',
      });
      expect(done.report.find((r: { row: number }) => r.row === 5)).toMatchObject({
        zh: '「未知」不是性别的可选项',
      });
      expect((await personsOf(liaison)).map((p) => p.name)).toEqual(['已登记']);
    });

    it('imports only the valid rows when asked for them, with the same report', async () => {
      const done = await importRows(liaison, rows, 'validOnly');
      expect(done).toMatchObject({ importStatus: 'done', invalidRows: 6, importedRows: 2 });
      expect(done.report).toEqual(expectedReport.map((entry) => expect.objectContaining(entry)));
      expect((await personsOf(liaison)).map((p) => p.name)).toEqual(['已登记', '正确甲', '正确乙']);
    });
  });

  it('fails an import whose sheet lacks the required columns, writing nothing', async () => {
    const liaison = await approvedLiaison();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['名字', '电话'],
      ['张三', '13800000000'],
    ]);
    const started = await upload(
      liaison,
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'validOnly',
    );
    expect(started.status).toBe(202);
    let record: Record<string, unknown> = {};
    for (let i = 0; i < 100 && !['done', 'failed'].includes(String(record.importStatus)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      record = (await liaison.get(`/api/persons/imports/${started.body.data.documentId}`)).body
        .data;
    }
    expect(record).toMatchObject({
      importStatus: 'failed',
      failure: { code: 'missingColumns', zh: expect.stringContaining('证件号码') },
    });
    expect(await personsOf(liaison)).toEqual([]);
  });

  it('refuses a file that is not an XLSX workbook, even named .xlsx (400, nothing written)', async () => {
    const liaison = await approvedLiaison();
    const csv = Buffer.from('姓名,证件号码\n张三,110105194912310037\n');
    const response = await upload(liaison, csv, 'validOnly', 'persons.xlsx');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toContainEqual(
      expect.objectContaining({ path: ['file'], code: 'notXlsx', zh: expect.any(String) }),
    );
    const imports = await liaison.get('/api/person-imports');
    expect(imports.body.data).toEqual([]);
  });

  it('refuses an unknown mode (400)', async () => {
    const liaison = await approvedLiaison();
    const response = await upload(liaison, await filledTemplate(liaison, [person()]), 'some');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['mode']);
  });

  it('refuses an import before the organization is submitted (409)', async () => {
    const liaison = await newLiaison(app, 'domesticEnterprise');
    const response = await upload(liaison, await filledTemplate(liaison, [person()]), 'validOnly');
    expect(response.status).toBe(409);
    expect(response.body.error.details.errors[0].code).toBe('organizationNotSubmitted');
  });

  it("answers 404 for another organization's import", async () => {
    const owner = await approvedLiaison();
    const done = await importRows(owner, [person()]);
    const other = await approvedLiaison();
    expect((await other.get(`/api/persons/imports/${done.documentId}`)).status).toBe(404);
    expect((await other.get(`/api/person-imports/${done.documentId}`)).status).toBe(404);
    const operations = await app.as('operations');
    expect((await operations.get(`/api/persons/imports/${done.documentId}`)).status).toBe(403);
    expect((await operations.post('/api/persons/imports')).status).toBe(403);
  });
});

describe('the person export', () => {
  let liaison: Liaison;
  let other: Liaison;
  beforeAll(async () => {
    liaison = await approvedLiaison();
    other = await approvedLiaison();
    await importRows(liaison, [person({ name: '导出甲' }), person({ name: '导出乙' })]);
    await importRows(other, [person({ name: '别家丙' })]);
  });

  const sheetOf = async (response: supertest.Response) => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const rows: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    return rows;
  };

  it("exports the liaison's own persons, filtered like the list, with masked ID numbers and Chinese labels", async () => {
    const rows = await sheetOf(await binary(liaison.get('/api/persons/export')));
    expect(rows.map((r) => r.姓名)).toEqual(['导出甲', '导出乙']);
    expect(rows[0]).toMatchObject({
      性别: '女',
      地区类型: '大陆',
      证件类型: '居民身份证',
      入场日期: '11月8日-10日',
      人员状态: '待提交',
      来源: '批量导入',
    });
    expect(rows[0]!.证件号码).toMatch(/^\d{2}\*{15}[\dX]$/);
    const filtered = await sheetOf(
      await binary(
        liaison.get(`/api/persons/export?filters[name][$eq]=${encodeURIComponent('导出乙')}`),
      ),
    );
    expect(filtered.map((r) => r.姓名)).toEqual(['导出乙']);
  });

  it('exports every organization for operations, with the organization named; others may not', async () => {
    const operations = await app.as('operations');
    const rows = await sheetOf(
      await binary(
        operations.get(
          `/api/persons/export?filters[organizationRef][$in][0]=${liaison.organizationId}&filters[organizationRef][$in][1]=${other.organizationId}`,
        ),
      ),
    );
    expect(rows.map((r) => r.姓名).sort()).toEqual(['别家丙', '导出乙', '导出甲'].sort());
    expect(rows[0]!.所属单位).toMatch(/徐汇测试单位/);
    for (const role of ['delegation-reviewer', 'colleague', 'finance', 'public'] as const) {
      expect((await (await app.as(role)).get('/api/persons/export')).status, role).toBe(403);
    }
  });
});
