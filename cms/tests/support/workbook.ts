import ExcelJS from 'exceljs';
import type supertest from 'supertest';
import { expect } from 'vitest';

/** Sends an export request and reads its XLSX answer back with exceljs (200 and the type checked). */
export async function workbookOf(request: supertest.Test): Promise<ExcelJS.Workbook> {
  const response = await request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(response.status, String(response.body)).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body as never);
  return workbook;
}
