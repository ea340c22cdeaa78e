import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { scopedCoreController } from '../../../access/scoped-controller';
import { exportStatementLines } from '../../../transfers/exports';
import { matchCandidates } from '../../../transfers/statement/candidates';
import { importStatement } from '../../../transfers/statement/import';
import { matchByFinance, statementLineActions } from '../../../transfers/statement/match';

type Body = { data?: Record<string, unknown> };

const statementLineRecord: RecordHooks = { extraActions: statementLineActions };

/**
 * Bank statement lines (银行流水), finance only: the list is the scoped core list; import,
 * matching and export are src/transfers/statement/.
 */
export default scopedCoreController(
  'api::bank-statement-line.bank-statement-line',
  ({ strapi, inScope, scopeOf }) => ({
    /** POST /bank-statement-lines/import (multipart `file`) — the per-import report. */
    async import(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'import');
      const files = (ctx.request as unknown as { files?: Record<string, never> }).files;
      ctx.body = { data: await importStatement(strapi, files?.file, caller.userId) };
    },

    /** GET /bank-statement-lines/export?matchStatus= — XLSX. */
    async export(ctx: Context) {
      const { scope } = await scopeOf(ctx, 'export');
      await exportStatementLines(strapi, ctx, scope);
    },

    /** GET /bank-statement-lines/:id/candidates — transfers this line may pay. */
    async candidates(ctx: Context) {
      await inScope(ctx, 'candidates');
      ctx.body = { data: await matchCandidates(strapi, String(ctx.params.id)) };
    },

    /** POST /bank-statement-lines/:id/match `{paymentId}` — 409 unless amount and state fit. */
    async match(ctx: Context) {
      const { caller } = await inScope(ctx, 'match');
      const body = ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;
      await matchByFinance(strapi, String(ctx.params.id), body.paymentId, caller.userId);
      const line = await strapi
        .documents('api::bank-statement-line.bank-statement-line')
        .findOne({ documentId: String(ctx.params.id) });
      ctx.body = { data: line };
    },
  }),
  statementLineRecord,
);
