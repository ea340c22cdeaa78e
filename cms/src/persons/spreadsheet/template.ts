import { idTypes, idTypesByRegion, regionTypes } from '@pvis/config';
import ExcelJS from 'exceljs';
import { type EditionOptions, headerOf, personColumns } from './columns';

export const DATA_SHEET = '人员信息';
const INSTRUCTIONS_SHEET = '填写说明';
const CHOICES_SHEET = '选项';
/** Rows of the data sheet that carry the drop-downs and the text format. */
export const TEMPLATE_ROWS = 5000;

const columnLetter = (index: number) => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

function instructions(edition: EditionOptions) {
  const idTypeLines = regionTypes.map((region) => {
    const allowed = idTypesByRegion[region.code].map(
      (code) => idTypes.find((t) => t.code === code)?.zh ?? code,
    );
    return `  · ${region.zh}：${allowed.join('、')}`;
  });
  return [
    ['填写说明 Instructions'],
    [''],
    ['1. 在「人员信息」表中每行填写一名参观人员，第 1 行表头请勿修改；带 * 的列必填。'],
    [
      '   One person per row on the 人员信息 sheet; keep row 1 as it is; columns marked * are required.',
    ],
    ['2. 性别、地区类型、证件类型、人员标签、入场日期请从下拉列表中选择。'],
    ['   Pick gender, region type, ID type, person tag and entry dates from the drop-down lists.'],
    ['3. 地区类型决定可用的证件类型 The region type decides the ID types allowed:'],
    ...idTypeLines.map((line) => [line]),
    ['4. 证件号码列为文本格式，18 位身份证号码和末位 X 会原样保留；请勿改为数字格式。'],
    [
      '   The ID number column is text, so 18-digit numbers and a final X are kept; do not make it numeric.',
    ],
    [`5. 入场日期不填时默认为「${edition.entryDateOptions[0]?.zh ?? ''}」。`],
    ['   Entry dates left empty default to the first option.'],
    ['6. 同一单位内同一证件（证件类型 + 证件号码）只能登记一次，文件内重复的行会被指出。'],
    [
      '   A person (ID type + number) is registered once per organization; repeated rows are reported.',
    ],
    ['7. 上传时可选择「仅导入正确的行」或「有错误时全部不导入」，导入后可查看逐行报告。'],
    [
      '   On upload choose "import the valid rows" or "import nothing if any row is wrong"; a per-row report follows.',
    ],
    ['8. 文件不超过 10MB，最多 20,000 行。 At most 10 MB and 20,000 rows.'],
  ];
}

/**
 * The import template (XLSX): the person sheet with bilingual headers, drop-downs for every
 * enumeration (lists on a hidden sheet, so long labels fit) and a text-formatted ID number
 * column; then the instructions.
 */
export async function personTemplate(edition: EditionOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PVIS';
  const columns = personColumns(edition);
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const lists = workbook.addWorksheet(CHOICES_SHEET, { state: 'veryHidden' });

  sheet.columns = columns.map((column) => ({
    header: headerOf(column),
    key: column.field,
    width: column.width,
    style: column.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.height = 32;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };

  // exceljs supports validations on ranges; its typings miss the worksheet property.
  const validations = (
    sheet as unknown as {
      dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
  let listColumn = 0;
  columns.forEach((column, index) => {
    const letter = columnLetter(index);
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    if (column.choices && column.choices.length > 0) {
      const listLetter = columnLetter(listColumn++);
      lists.getCell(`${listLetter}1`).value = column.zh;
      column.choices.forEach((choice, i) => {
        lists.getCell(`${listLetter}${i + 2}`).value = choice.zh;
      });
      const last = column.choices.length + 1;
      validations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`'${CHOICES_SHEET}'!$${listLetter}$2:$${listLetter}$${last}`],
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: column.zh,
        error: '请从下拉列表中选择 Pick a value from the list',
      });
    }
  });

  help.getColumn(1).width = 110;
  help.addRows(instructions(edition));
  help.getRow(1).font = { bold: true, size: 14 };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
