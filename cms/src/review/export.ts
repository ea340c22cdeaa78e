import { PassThrough } from 'node:stream';
import { label, organizationCategories } from '@pvis/config';
import ExcelJS from 'exceljs';
import { firstPageFirst } from '../spreadsheet/streamed-export';

type Row = Record<string, unknown> & { delegation?: { nameZh?: string } | null };
export type PageOf = (page: number, pageSize: number) => Promise<Row[]>;

const statusZh: Record<string, string> = {
  draft: '暂存',
  submitted: '待审核',
  approved: '审核通过',
  rejected: '审核不通过',
};
const when = (value: unknown) =>
  typeof value === 'string' ? value.replace('T', ' ').slice(0, 19) : '';

/**
 * The filtered review queue as an XLSX stream: rows are written page by page, so memory stays
 * flat however long the list (capped at `maxRows`).
 */
export async function organizationsWorkbook(readPage: PageOf, maxRows = 100_000) {
  const pageOf = await firstPageFirst((page) => readPage(page, 1000), 1);
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet('单位审核');
  sheet.columns = [
    { header: '单位名称', key: 'name', width: 36 },
    { header: '统一社会信用代码', key: 'creditCode', width: 22 },
    { header: '单位类别', key: 'category', width: 16 },
    { header: '交易团/分团', key: 'delegation', width: 22 },
    { header: '审核状态', key: 'reviewStatus', width: 12 },
    { header: '提交时间', key: 'submittedAt', width: 20 },
    { header: '联系人', key: 'contactName', width: 12 },
    { header: '联系人手机', key: 'contactMobile', width: 14 },
    { header: '联系人邮箱', key: 'contactEmail', width: 26 },
    { header: '单位地址', key: 'address', width: 40 },
    { header: '审核不通过原因', key: 'rejectionReason', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      let written = 0;
      for (let page = 1; written < maxRows; page += 1) {
        const rows = await pageOf(page);
        for (const row of rows) {
          sheet
            .addRow({
              ...row,
              category: row.category
                ? label(organizationCategories, row.category as never, 'zh-CN')
                : '',
              delegation: row.delegation?.nameZh ?? '',
              reviewStatus: statusZh[String(row.reviewStatus)] ?? row.reviewStatus,
              submittedAt: when(row.submittedAt),
            })
            .commit();
        }
        written += rows.length;
        if (rows.length < 1000) break;
      }
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}
