import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../src/persons/spreadsheet/read-rows';

/**
 * A two-row workbook whose zip lists the relations and shared strings, then the worksheet, then
 * xl/workbook.xml — an order zip writers may choose, in which exceljs' reader parses the sheet
 * before it knows the workbook.
 */
async function workbookWithSheetFirst() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  sheet.addRow(['姓名', '证件号码']);
  sheet.addRow(['李娜', '11010519491231002X']);
  const written = await new JSZip().loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const names = Object.keys(written.files);
  const first = [
    ...names.filter((n) => n.endsWith('.rels')),
    'xl/sharedStrings.xml',
    ...names.filter((n) => n.startsWith('xl/worksheets/') && !n.endsWith('.rels')),
  ];
  const reordered = new JSZip();
  for (const name of [...first, ...names.filter((n) => !first.includes(n))]) {
    const entry = written.files[name]!;
    if (!entry.dir) reordered.file(name, await entry.async('nodebuffer'));
  }
  return reordered.generateAsync({ type: 'nodebuffer' });
}

describe('reading an uploaded workbook', () => {
  it('reads the rows when a worksheet comes before the workbook part in the zip', async () => {
    const rows = [];
    for await (const row of sheetRows(await workbookWithSheetFirst())) rows.push(row);
    expect(rows.map((r) => [r.row, r.cells.get(1)])).toEqual([
      [1, '姓名'],
      [2, '李娜'],
    ]);
  });
});
