import type { FieldError } from '../../errors';
import { type Admission, personProblems } from '../admission';
import { codeOfChoice, columnOfHeader, type SheetColumn } from './columns';
import { cellText, type SheetRow } from './read-rows';

/** One line of the per-row report: the Excel row, the field, the message in both languages. */
export interface RowProblem {
  row: number;
  field: string;
  code: string;
  zh: string;
  en: string;
}

export type PersonData = Record<string, string | null>;

const problem = (row: number, field: string, code: string, zh: string, en: string) => ({
  row,
  field,
  code,
  zh,
  en,
});
const fromFieldError = (row: number, error: FieldError): RowProblem =>
  problem(row, error.path.join('.'), error.code, error.zh, error.en);

/** Column positions (1-based) by field, from the header row; the required ones must be there. */
export function headerMap(header: SheetRow, columns: SheetColumn[]) {
  const positions = new Map<string, number>();
  for (const [position, value] of header.cells) {
    const column = columnOfHeader(columns, cellText(value));
    if (column && !positions.has(column.field)) positions.set(column.field, position);
  }
  const missing = columns.filter((c) => c.required && !positions.has(c.field));
  return { positions, missing };
}

/** Identity of a person within an organization: ID type + ID number, case-insensitive (the index). */
export const identityKey = (idType: unknown, idNumber: unknown) =>
  typeof idType === 'string' && typeof idNumber === 'string' && idType && idNumber
    ? `${idType}|${idNumber.toUpperCase()}`
    : null;

/**
 * Checks the rows of one file against the person rules (the same `personProblems` the form
 * uses), against each other and against the organization's persons. Keeps the valid rows.
 */
export class RowChecker {
  readonly valid: { row: number; data: PersonData }[] = [];
  readonly problems: RowProblem[] = [];
  invalidRows = 0;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly columns: SheetColumn[],
    private readonly positions: Map<string, number>,
    private readonly admission: Admission,
    private readonly existing: Set<string>,
  ) {}

  check({ row, cells }: SheetRow) {
    const found: RowProblem[] = [];
    const data: PersonData = {};
    for (const column of this.columns) {
      const position = this.positions.get(column.field);
      const raw = position === undefined ? undefined : cells.get(position);
      const text = cellText(raw);
      if (!text) {
        data[column.field] = null;
        continue;
      }
      if (column.field === 'idNumber' && typeof raw === 'number' && !Number.isSafeInteger(raw)) {
        // Excel kept only 15 significant digits of a number typed into a numeric cell.
        found.push(
          problem(
            row,
            column.field,
            'idNumberNotText',
            '证件号码被 Excel 转成了数字，请将该列设为文本后重新填写',
            'Excel turned the ID number into a number; format the column as text and enter it again',
          ),
        );
        data[column.field] = null;
        continue;
      }
      if (column.choices) {
        const code = codeOfChoice(column.choices, text);
        if (!code) {
          found.push(
            problem(
              row,
              column.field,
              'unknownChoice',
              `「${text}」不是${column.zh}的可选项`,
              `"${text}" is not one of the choices for ${column.en}`,
            ),
          );
        }
        data[column.field] = code ?? null;
      } else {
        data[column.field] = text;
      }
    }
    const chosenBadly = new Set(found.map((p) => p.field));
    for (const error of personProblems(data, null, this.admission)) {
      // A field whose drop-down value was unknown is reported once, not again as "required".
      if (!chosenBadly.has(error.path.join('.'))) found.push(fromFieldError(row, error));
    }
    const key = identityKey(data.idType, data.idNumber);
    if (key) {
      const first = this.seen.get(key);
      if (first !== undefined) {
        found.push(
          problem(
            row,
            'idNumber',
            'duplicateInFile',
            `与第 ${first} 行的证件重复`,
            `The same ID as row ${first}`,
          ),
        );
      } else {
        this.seen.set(key, row);
        if (this.existing.has(key)) {
          found.push(
            problem(
              row,
              'idNumber',
              'duplicate',
              '该人员已在本单位登记',
              'This person is already registered for the organization',
            ),
          );
        }
      }
    }
    if (found.length > 0) {
      this.invalidRows += 1;
      this.problems.push(...found);
    } else {
      this.valid.push({ row, data });
    }
  }
}
