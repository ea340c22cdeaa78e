import { genders, idTypes, personTags, regionTypes } from '@pvis/config';
import type { Core } from '@strapi/strapi';

/** One choice of a drop-down: the code stored, the labels shown. */
export interface Choice {
  code: string;
  zh: string;
  en: string;
}

/** A column of the person spreadsheet: the field it fills, its header, its drop-down if any. */
export interface SheetColumn {
  field: string;
  zh: string;
  en: string;
  width: number;
  required?: boolean;
  choices?: readonly Choice[];
  /** Kept as text, so 18-digit numbers and a trailing X survive Excel. */
  text?: boolean;
}

/** What an edition offers the liaison to pick from (labels for the sheet, codes for storage). */
export interface EditionOptions {
  entryDateOptions: Choice[];
  badgeTypes: Choice[];
}

type Labelled = { code: string; labelZh: string; labelEn: string };
const choiceOf = (option: Labelled): Choice => ({
  code: option.code,
  zh: option.labelZh,
  en: option.labelEn,
});

export async function editionOptions(
  strapi: Core.Strapi,
  editionNumber: number,
): Promise<EditionOptions> {
  const labels = ['code', 'labelZh', 'labelEn'] as const;
  const edition = (await strapi.documents('api::edition.edition').findFirst({
    filters: { number: editionNumber },
    fields: ['number'],
    populate: { entryDateOptions: { fields: [...labels] }, badgeTypes: { fields: [...labels] } },
  })) as unknown as { entryDateOptions?: Labelled[]; badgeTypes?: Labelled[] } | null;
  return {
    entryDateOptions: (edition?.entryDateOptions ?? []).map(choiceOf),
    badgeTypes: (edition?.badgeTypes ?? []).map(choiceOf),
  };
}

/**
 * The columns the liaison fills in, in sheet order. The badge type is a column only
 * when the edition offers more than one; otherwise there is nothing to choose.
 */
export function personColumns(edition: EditionOptions): SheetColumn[] {
  const columns: SheetColumn[] = [
    { field: 'name', zh: '姓名', en: 'Name', width: 14, required: true },
    { field: 'gender', zh: '性别', en: 'Gender', width: 8, choices: genders },
    {
      field: 'regionType',
      zh: '地区类型',
      en: 'Region type',
      width: 12,
      required: true,
      choices: regionTypes,
    },
    { field: 'idType', zh: '证件类型', en: 'ID type', width: 24, required: true, choices: idTypes },
    { field: 'idNumber', zh: '证件号码', en: 'ID number', width: 22, required: true, text: true },
    { field: 'position', zh: '职务', en: 'Position', width: 14 },
    { field: 'personTag', zh: '人员标签', en: 'Person tag', width: 12, choices: personTags },
    {
      field: 'entryDateOption',
      zh: '入场日期',
      en: 'Entry dates',
      width: 16,
      choices: edition.entryDateOptions,
    },
  ];
  if (edition.badgeTypes.length > 1) {
    columns.push({
      field: 'badgeType',
      zh: '证件类别',
      en: 'Badge type',
      width: 16,
      choices: edition.badgeTypes,
    });
  }
  columns.push(
    { field: 'mobile', zh: '手机', en: 'Mobile', width: 14, text: true },
    { field: 'email', zh: '邮箱', en: 'Email', width: 26 },
  );
  return columns;
}

/** The header cell: Chinese, then English on a second line; `*` marks a required column. */
export const headerOf = (column: SheetColumn) =>
  `${column.zh}${column.required ? ' *' : ''}\n${column.en}`;

const normal = (text: string) => text.replace(/\*/g, '').trim().toLowerCase();

/** Which column a header cell names: its Chinese or English line, with or without the `*`. */
export function columnOfHeader(columns: SheetColumn[], header: string): SheetColumn | undefined {
  const lines = header.split(/\r?\n/).map(normal).filter(Boolean);
  return columns.find((column) =>
    lines.some((line) => line === normal(column.zh) || line === normal(column.en)),
  );
}

/** The code a cell names: its Chinese or English label, or the code itself. */
export function codeOfChoice(choices: readonly Choice[], value: string): string | undefined {
  const wanted = normal(value);
  return choices.find((c) => [c.code, c.zh, c.en].some((text) => normal(text) === wanted))?.code;
}

export const labelOfChoice = (choices: readonly Choice[], code: unknown) =>
  typeof code === 'string' ? (choices.find((c) => c.code === code)?.zh ?? code) : '';
