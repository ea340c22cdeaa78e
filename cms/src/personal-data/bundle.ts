import archiver from 'archiver';
import ExcelJS from 'exceljs';
import type { PersonalDataBundle } from './collect';

/** A cell for a value of any column: objects (JSON columns) as their JSON text. */
const cell = (value: unknown) => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
};

/** One sheet per section, one column per field, so a person can read it without tools. */
async function workbookOf(bundle: PersonalDataBundle) {
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, Record<string, unknown>[]][] = [
    ['organization', [bundle.organization]],
    ...Object.entries(bundle.sections),
  ];
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    sheet.addRow(keys).font = { bold: true };
    for (const row of rows) sheet.addRow(keys.map((key) => cell(row[key])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The bundle as a ZIP: `personal-data.json` (complete, machine-readable — PIPL art. 45 also
 * gives a right to have it transferred) and `personal-data.xlsx` (the same, one sheet a section).
 */
export async function zipOf(bundle: PersonalDataBundle) {
  const zip = archiver('zip', { zlib: { level: 6 } });
  zip.append(JSON.stringify(bundle, null, 2), { name: 'personal-data.json' });
  zip.append(await workbookOf(bundle), { name: 'personal-data.xlsx' });
  void zip.finalize();
  return zip;
}
