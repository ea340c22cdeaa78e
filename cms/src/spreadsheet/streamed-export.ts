import type { PassThrough } from 'node:stream';
import { beijingDay } from '@pvis/config';
import type { Context } from 'koa';

/**
 * Helpers for exports that stream page by page (persons, the review queue): the first page is
 * read before the answer starts, so a query the database refuses is an error answer and not a
 * 200 whose download then stalls; a failure on a later page cuts the connection, which the
 * browser shows as a failed download instead of waiting forever.
 */
export async function firstPageFirst<Row>(
  pageOf: (page: number) => Promise<Row[]>,
  firstPage: number,
) {
  const first = await pageOf(firstPage);
  return (page: number) => (page === firstPage ? Promise.resolve(first) : pageOf(page));
}

export function sendStreamedWorkbook(ctx: Context, stream: PassThrough, name: string) {
  const stamp = beijingDay(new Date());
  ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  ctx.set('Content-Disposition', `attachment; filename="${name}-${stamp}.xlsx"`);
  stream.once('error', () => ctx.res.destroy());
  ctx.body = stream;
}
