import ExcelJS from 'exceljs';
import type { Context } from 'koa';

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

/** Money cells as yuan (Excel sums them); the fen stay exact in the database. */
export const yuan = (fen: unknown) => (fen === null || fen === undefined ? '' : Number(fen) / 100);

/**
 * A finance list as an XLSX download (Chinese headers). Lists here are bounded by the export
 * cap (`limit` rows), small enough to build in memory.
 */
export async function sendWorkbook(
  ctx: Context,
  name: string,
  sheetName: string,
  columns: SheetColumn[],
  rows: Record<string, unknown>[],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const stamp = new Date().toISOString().slice(0, 10);
  ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  ctx.set('Content-Disposition', `attachment; filename="${name}-${stamp}.xlsx"`);
  ctx.body = Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_LIMIT = 50_000;
