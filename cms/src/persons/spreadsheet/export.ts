import { PassThrough } from 'node:stream';
import {
  genders,
  idTypes,
  label,
  maskIdNumber,
  personDetailFields,
  personPaymentStatuses,
  personSources,
  personStatusLabels,
  personTags,
  regionTypes,
  type VocabularyEntry,
} from '@pvis/config';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import type { Context } from 'koa';
import type { Caller } from '../../access/caller';
import type { Filters } from '../../access/scopes';
import type { FieldsOf } from '../../db/document-fields';
import { currentEdition } from '../../registration/edition';
import { chinaTime } from '../../spreadsheet/send-workbook';
import { firstPageFirst, sendStreamedWorkbook } from '../../spreadsheet/streamed-export';
import { editionOptions, labelOfChoice } from './columns';

const PAGE = 1000;
const MAX_ROWS = 200_000;
const FIELDS: FieldsOf<'api::person.person'> = [
  'personNumber',
  ...personDetailFields,
  'personStatus',
  'paymentStatus',
  'source',
  'badgeReuse',
  'createdAt',
];

type Person = Record<string, unknown> & { organization?: { name?: string } | null };

/** The core controller methods the list route uses, so the export reads filters the same way. */
interface QueryTools {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<Record<string, unknown>>;
}

const zh = (vocabulary: readonly VocabularyEntry[], code: unknown) =>
  typeof code === 'string' ? label(vocabulary, code, 'zh-CN') : '';

/**
 * GET /persons/export: the person list as the caller's list route would filter it (the same
 * `filters` and `sort`, the caller's scope from access/resources/person.ts), as an XLSX streamed page
 * by page. Chinese headers and labels; ID numbers masked as in every list.
 */
export async function sendPersonsWorkbook(
  strapi: Core.Strapi,
  core: QueryTools,
  ctx: Context,
  caller: Caller,
  scope: Filters,
) {
  await core.validateQuery(ctx);
  const query = await core.sanitizeQuery(ctx);
  const filters = { $and: [query.filters ?? {}, scope] };
  const edition = await editionOptions(
    strapi,
    caller.editionNumber ?? (await currentEdition(strapi)).number,
  );
  const withOrganization = !caller.organizationRef;
  const readPage = (page: number) =>
    strapi.documents('api::person.person').findMany({
      filters,
      sort: query.sort ?? 'personNumber:asc',
      fields: FIELDS,
      ...(withOrganization ? { populate: { organization: { fields: ['name'] } } } : {}),
      limit: PAGE,
      start: page * PAGE,
    }) as unknown as Promise<Person[]>;
  const pageOf = await firstPageFirst(readPage, 0);

  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet('人员列表');
  sheet.columns = [
    { header: '人员编号', key: 'personNumber', width: 14 },
    ...(withOrganization ? [{ header: '所属单位', key: 'organization', width: 30 }] : []),
    { header: '姓名', key: 'name', width: 14 },
    { header: '性别', key: 'gender', width: 6 },
    { header: '地区类型', key: 'regionType', width: 10 },
    { header: '证件类型', key: 'idType', width: 22 },
    { header: '证件号码', key: 'idNumber', width: 22 },
    { header: '职务', key: 'position', width: 14 },
    { header: '人员标签', key: 'personTag', width: 12 },
    { header: '入场日期', key: 'entryDateOption', width: 14 },
    { header: '证件类别', key: 'badgeType', width: 14 },
    { header: '手机', key: 'mobile', width: 14 },
    { header: '邮箱', key: 'email', width: 24 },
    { header: '人员状态', key: 'personStatus', width: 12 },
    { header: '支付状态', key: 'paymentStatus', width: 10 },
    { header: '来源', key: 'source', width: 12 },
    { header: '证件复用', key: 'badgeReuse', width: 8 },
    { header: '添加时间', key: 'createdAt', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for (let page = 0; page * PAGE < MAX_ROWS; page += 1) {
        const persons = await pageOf(page);
        for (const person of persons) {
          sheet
            .addRow({
              ...person,
              organization: person.organization?.name ?? '',
              gender: zh(genders, person.gender),
              regionType: zh(regionTypes, person.regionType),
              idType: zh(idTypes, person.idType),
              idNumber: typeof person.idNumber === 'string' ? maskIdNumber(person.idNumber) : '',
              personTag: zh(personTags, person.personTag),
              entryDateOption: labelOfChoice(edition.entryDateOptions, person.entryDateOption),
              badgeType: labelOfChoice(edition.badgeTypes, person.badgeType),
              personStatus: zh(personStatusLabels, person.personStatus),
              paymentStatus: zh(personPaymentStatuses, person.paymentStatus),
              source: zh(personSources, person.source),
              badgeReuse: person.badgeReuse ? '是' : '否',
              createdAt: chinaTime(person.createdAt),
            })
            .commit();
        }
        if (persons.length < PAGE) break;
      }
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  sendStreamedWorkbook(ctx, stream, 'persons');
}
