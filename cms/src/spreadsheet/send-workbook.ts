import { beijingDay, formatBeijingTime, yuanNumber } from '@pvis/config';
import ExcelJS from 'exceljs';
import type { Context } from 'koa';

/** How many rows a list export carries at most (the lists are filtered first). */
export const EXPORT_LIMIT = 50_000;

export interface SheetColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | null | undefined;
}

/** Columns that read one key of rows already shaped for the sheet. */
export const keyed = <Row extends Record<string, unknown>>(
  columns: readonly { header: string; key: string; width?: number }[],
): SheetColumn<Row>[] =>
  columns.map(({ header, key, width }) => ({
    header,
    width,
    value: (row) => row[key] as string | number | null | undefined,
  }));

/** Money cells as yuan (Excel sums them); the fen stay exact in the database. */
export const yuan = (fen: unknown) =>
  fen === null || fen === undefined || fen === '' ? '' : yuanNumber(Number(fen));

/** A timestamp as China time `yyyy-MM-dd HH:mm:ss` (Strapi stores UTC). */
export const chinaTime = (value: unknown) =>
  value ? formatBeijingTime(new Date(String(value)), 'YYYY-MM-DD HH:mm:ss') : '';

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
  for (const row of rows.slice(0, EXPORT_LIMIT)) {
    sheet.addRow(Object.fromEntries(columns.map((column, i) => [String(i), column.value(row)])));
  }
  const stamp = beijingDay(new Date());
  ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  ctx.set('Content-Disposition', `attachment; filename="${file.name}-${stamp}.xlsx"`);
  ctx.body = Buffer.from(await workbook.xlsx.writeBuffer());
}
