import type pg from 'pg';
import type { SandboxKeys } from '../../cms/src/payments/sandbox/keys';
import { createLiaisons, loginAll, makeSubmitted } from './fixtures';
import { call, runLoad } from './load';
import { type Row, rowOf } from './report';

export interface BenchContext {
  cmsUrl: string;
  db: pg.ClientBase;
  tokens: { reviewer: string; operations: string };
  durationMs: number;
  tag: string;
  notes: string[];
  /** Alipay's keys as the bench plays Alipay (the cms is configured with their public half). */
  alipay?: SandboxKeys['alipay'];
}

const SUBMIT_CONCURRENCY = 20;
const QUEUE_CONCURRENCY = 10;

/**
 * Organization submit (our lifecycle endpoint) against Strapi's generic create, same concurrency
 * and duration, one after the other in the same run.
 */
export async function submitScenario(ctx: BenchContext): Promise<Row[]> {
  // Enough drafts for ~250 submits/s for the whole duration (each is submitted once): clients
  // that run out early would leave the last seconds with fewer than 20.
  const pool = Math.min(10000, Math.max(400, Math.round((ctx.durationMs / 1000) * 250)));
  const t0 = Date.now();
  const liaisons = await createLiaisons(ctx.db, {
    count: pool,
    delegationPath: '/beijing/beijing-chaoyang/',
    tag: ctx.tag,
  });
  await ctx.db.query('ANALYZE organizations; ANALYZE up_users');
  const t1 = Date.now();
  await loginAll(ctx.cmsUrl, liaisons);
  ctx.notes.push(
    `submit: ${pool} liaison accounts with complete draft organizations (50% domesticEnterprise → auto-approved, 50% domesticGovernmentAgency → submitted) written in SQL in ${((t1 - t0) / 1000).toFixed(1)} s, logged in in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
  );
  const cursors = new Array<number>(SUBMIT_CONCURRENCY).fill(0);
  const submit = await runLoad({
    concurrency: SUBMIT_CONCURRENCY,
    durationMs: ctx.durationMs,
    maxRequests: pool,
    send: async (worker) => {
      const index = worker + SUBMIT_CONCURRENCY * cursors[worker]!++;
      const liaison = liaisons[index];
      if (!liaison) return null;
      const { status, json } = await call(
        `${ctx.cmsUrl}/api/organizations/${liaison.organizationId}/transitions`,
        { method: 'POST', token: liaison.token, body: { data: { action: 'submit' } } },
      );
      const expected = liaison.category === 'domesticEnterprise' ? 'approved' : 'submitted';
      const state = (json as { data?: { reviewStatus?: string } } | null)?.data?.reviewStatus;
      return {
        ok: status === 200 && state === expected,
        status,
        label: liaison.category,
      };
    },
  });
  if (submit.samples.length > 0)
    ctx.notes.push(`submit errors (first): ${submit.samples.join('; ')}`);

  const create = await genericCreateLoad(ctx, SUBMIT_CONCURRENCY, 'bench');
  if (create.samples.length > 0)
    ctx.notes.push(`create errors (first): ${create.samples.join('; ')}`);

  const ours = submit.requests / submit.seconds;
  const generic = create.requests / create.seconds;
  const faster = submit.requests > 0 && ours >= generic;
  return [
    rowOf(
      'submit: POST /organizations/:id/transitions (c=20)',
      submit,
      '≥ generic create req/s',
      faster ? 'pass' : 'FAIL',
    ),
    ...[...submit.byLabel].map(([label, latencies]) =>
      rowOf(`  of which ${label}`, { ...submit, errors: 0 }, '', '', latencies),
    ),
    rowOf('generic create: POST /exhibition-items (c=20)', create, 'baseline'),
  ];
}

const QUEUE = 'filters[reviewStatus][$eq]=submitted&sort=submittedAt:desc&pagination[pageSize]=20';
const SEARCH_TERM = '华信';
const search = (term: string) =>
  `&filters[$or][0][name][$containsi]=${encodeURIComponent(term)}&filters[$or][1][creditCode][$containsi]=${encodeURIComponent(term)}`;

/** The delegation review queue as reviewer.shanghai, against operations and a plain core list. */
export async function queueScenario(ctx: BenchContext): Promise<Row[]> {
  const requests = Math.max(200, Math.round(ctx.durationMs / 10));
  const variants: [string, string, string | undefined, string][] = [
    [
      'queue: reviewer.shanghai, submitted, sorted',
      `/api/organizations?${QUEUE}`,
      ctx.tokens.reviewer,
      'p95 < 50 ms',
    ],
    [
      `queue: reviewer.shanghai + name/code search "${SEARCH_TERM}"`,
      `/api/organizations?${QUEUE}${search(SEARCH_TERM)}`,
      ctx.tokens.reviewer,
      'p95 < 50 ms',
    ],
    [
      'queue: operations (all delegations)',
      `/api/organizations?${QUEUE}`,
      ctx.tokens.operations,
      '—',
    ],
    [
      `queue: operations + search "${SEARCH_TERM}"`,
      `/api/organizations?${QUEUE}${search(SEARCH_TERM)}`,
      ctx.tokens.operations,
      '—',
    ],
    ['core list: GET /exhibition-items (public)', '/api/exhibition-items', undefined, 'baseline'],
  ];
  const rows: Row[] = [];
  // Unloaded latency first: what one request costs, before queueing at c=10 adds to it.
  for (const [name, path, token] of variants.slice(0, 2)) {
    const alone = await runLoad({
      concurrency: 1,
      durationMs: ctx.durationMs / 2,
      maxRequests: 100,
      send: async () => {
        const { status } = await call(`${ctx.cmsUrl}${path}`, { token });
        return { ok: status === 200, status };
      },
    });
    rows.push(
      rowOf(
        `${name} (c=1)`,
        alone,
        'p95 < 50 ms',
        alone.errors === 0 && rowOf('', alone).p95 < 50 ? 'pass' : 'FAIL',
      ),
    );
  }
  for (const [name, path, token, target] of variants) {
    const probe = await call(`${ctx.cmsUrl}${path}`, { token });
    const total = (probe.json as { meta?: { pagination?: { total?: number } } } | null)?.meta
      ?.pagination?.total;
    ctx.notes.push(`${name}: answers ${probe.status}, ${total ?? '?'} matching rows`);
    const result = await runLoad({
      concurrency: QUEUE_CONCURRENCY,
      durationMs: ctx.durationMs,
      maxRequests: requests,
      send: async () => {
        const { status } = await call(`${ctx.cmsUrl}${path}`, { token });
        return { ok: status === 200, status };
      },
    });
    const row = rowOf(`${name} (c=10)`, result, target);
    if (target.startsWith('p95'))
      row.verdict = result.errors === 0 && row.p95 < 50 ? 'pass' : 'FAIL';
    rows.push(row);
  }
  return rows;
}

/** Bulk approve of 1,000 submitted organizations of the reviewer's subtree, and one by one. */
export async function bulkScenario(ctx: BenchContext): Promise<Row[]> {
  const ids = await makeSubmitted(ctx.db, '/shanghai/', 2000);
  if (ids.length < 1000) throw new Error(`only ${ids.length} organizations to approve`);
  await ctx.db.query('ANALYZE organizations');
  const bulkIds = ids.slice(0, 1000);
  const singleIds = ids.slice(1000);
  const rows: Row[] = [];

  const t0 = performance.now();
  const { status, json } = await call(`${ctx.cmsUrl}/api/organizations/bulk-transitions`, {
    method: 'POST',
    token: ctx.tokens.reviewer,
    body: { data: { documentIds: bulkIds, action: 'approve' } },
  });
  const ms = performance.now() - t0;
  const answer = json as { data?: { succeeded?: unknown[]; failed?: unknown[] } } | null;
  const succeeded = answer?.data?.succeeded?.length ?? 0;
  const failed = answer?.data?.failed?.length ?? 0;
  if (status === 404 || status === 405) {
    ctx.notes.push(
      `bulk: POST /organizations/bulk-transitions answered ${status} — route not there yet`,
    );
    rows.push({
      scenario: 'bulk approve ×1000: POST /organizations/bulk-transitions',
      requests: 1,
      errors: 1,
      rps: Number.NaN,
      p50: Number.NaN,
      p95: Number.NaN,
      p99: Number.NaN,
      target: '< 2000 ms wall',
      verdict: 'n/a (no route)',
    });
  } else {
    ctx.notes.push(
      `bulk: answered ${status} in ${ms.toFixed(0)} ms; succeeded ${succeeded}, failed ${failed}`,
    );
    rows.push({
      scenario: 'bulk approve ×1000: POST /organizations/bulk-transitions',
      requests: 1,
      errors: status === 200 && succeeded === 1000 ? 0 : 1,
      rps: 1000 / (ms / 1000),
      p50: ms,
      p95: ms,
      p99: ms,
      target: '< 2000 ms wall',
      verdict: status === 200 && succeeded === 1000 && ms < 2000 ? 'pass' : 'FAIL',
    });
  }

  // For comparison: the same 1,000 approvals as single transitions, 10 at a time.
  const started = performance.now();
  const single = await runLoad({
    concurrency: QUEUE_CONCURRENCY,
    durationMs: Math.max(ctx.durationMs, 30_000),
    maxRequests: singleIds.length,
    send: async (_worker, index) => {
      const r = await call(`${ctx.cmsUrl}/api/organizations/${singleIds[index]}/transitions`, {
        method: 'POST',
        token: ctx.tokens.reviewer,
        body: { data: { action: 'approve' } },
      });
      return { ok: r.status === 200, status: r.status };
    },
  });
  const wall = performance.now() - started;
  ctx.notes.push(
    `bulk via single transitions: ${single.requests} approvals in ${wall.toFixed(0)} ms wall (c=10)`,
  );
  rows.push(
    rowOf(
      `approve ×${single.requests} one by one: /transitions (c=10), wall ${(wall / 1000).toFixed(1)} s`,
      single,
      'comparison',
    ),
  );
  return rows;
}

/**
 * Strapi's generic create (`POST /exhibition-items` as operations) at `concurrency` for the run's
 * duration: the baseline our write endpoints are compared with, in the same run.
 */
export async function genericCreateLoad(ctx: BenchContext, concurrency: number, prefix: string) {
  const category = (
    await ctx.db.query<{ document_id: string }>(
      'SELECT document_id FROM exhibition_categories ORDER BY id LIMIT 1',
    )
  ).rows[0]?.document_id;
  return runLoad({
    concurrency,
    durationMs: ctx.durationMs,
    maxRequests: 100_000,
    send: async (_worker, index) => {
      const { status } = await call(`${ctx.cmsUrl}/api/exhibition-items`, {
        method: 'POST',
        token: ctx.tokens.operations,
        body: {
          data: {
            code: `${prefix}-${ctx.tag}-${index}`,
            nameZh: `压测展品${index}`,
            nameEn: `Bench item ${index}`,
            sortOrder: 1000 + index,
            category,
          },
        },
      });
      return { ok: status === 201, status };
    },
  });
}
