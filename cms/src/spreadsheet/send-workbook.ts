import ExcelJS from 'exceljs';
import type { Context } from 'koa';

export interface SheetColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | null | undefined;
}

/**
 * Answers the request with one worksheet of `rows` as XLSX (bold Chinese headers). For lists
 * that fit in memory — report lines, finance queues; the person list streams (persons/spreadsheet).
 */
export async function sendWorkbook<Row>(
  ctx: Context,
  file: { name: string; sheet: string },
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(file.sheet);
  sheet.columns = columns.map((column, i) => ({
    header: column.header,
    key: String(i),
    width: column.width ?? 14,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(columns.map((column, i) => [String(i), column.value(row)])));
  }
  const stamp = new Date().toISOString().slice(0, 10);
  ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  ctx.set('Content-Disposition', `attachment; filename="${file.name}-${stamp}.xlsx"`);
  ctx.body = Buffer.from(await workbook.xlsx.writeBuffer());
}
