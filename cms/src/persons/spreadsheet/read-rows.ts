import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A data row of the first worksheet: its Excel row number and its cells by column (1-based). */
export interface SheetRow {
  row: number;
  cells: Map<number, unknown>;
}

/**
 * The rows of the workbook's first worksheet, streamed (exceljs' streaming reader): memory holds
 * the file and one row at a time, never the whole sheet model. Rows without any value are skipped.
 */
export async function* sheetRows(file: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  // exceljs looks up `model.sheets` for a worksheet that comes before xl/workbook.xml in the zip,
  // and zip writers (exceljs' own included) order entries freely: an empty model until then.
  const withModel = reader as unknown as { model?: { sheets?: unknown[] } };
  withModel.model ??= { sheets: [] };
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const cells = new Map<number, unknown>();
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const value = cellText(cell.value);
        if (value !== '') cells.set(column, cell.value);
      });
      if (cells.size > 0) yield { row: row.number, cells };
    }
    return; // the persons are on the first sheet; the instructions follow it
  }
}

/** What a person sees in a cell, as text: rich text, links, formulas and dates included. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText))
      return v.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error) return '';
  }
  return String(value).trim();
}
