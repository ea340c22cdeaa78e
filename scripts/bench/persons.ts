import { generatePersons } from '../../database/generator/persons';
import { login } from './fixtures';
import { call, runLoad } from './load';
import { type Row, rowOf } from './report';
import type { BenchContext } from './scenarios';

/** The demo liaison (seed) is the focus organization: 2,000 persons, the figure. */
const LIAISON = '91310115MA1FL8K22H';
const FOCUS_SIZE = 2000;
const PERSONS = Number(process.env.BENCH_PERSONS ?? 500_000);
const LIST = 'sort=createdAt:desc&pagination[pageSize]=20';

/**
 * Issue 4: the liaison's person list with filters (p95 < 50 ms, 2,000 persons) and operations'
 * list over all persons filtered by status (p95 < 100 ms), against Strapi's core list.
 */
export async function personsScenario(ctx: BenchContext): Promise<Row[]> {
  const { rows: focus } = await ctx.db.query<{ document_id: string; edition_number: number }>(
    `SELECT o.document_id, o.edition_number FROM up_users u
       JOIN up_users_organization_lnk l ON l.user_id = u.id
       JOIN organizations o ON o.id = l.organization_id
      WHERE u.username = $1`,
    [LIAISON],
  );
  if (!focus[0]) throw new Error(`no organization for ${LIAISON}`);
  const generated = await generatePersons(ctx.db, {
    total: PERSONS,
    edition: focus[0].edition_number,
    focusOrganization: focus[0].document_id,
    focusSize: FOCUS_SIZE,
  });
  ctx.notes.push(
    `persons: ${generated.persons} generated in ${generated.seconds.toFixed(1)} s; ${FOCUS_SIZE} in the demo liaison's organization`,
  );
  const liaison = await login(ctx.cmsUrl, LIAISON);
  const filtered =
    `${LIST}&filters[personStatus][$in][0]=pendingPayment&filters[personStatus][$in][1]=pendingReview` +
    `&filters[regionType][$eq]=mainland&filters[name][$containsi]=${encodeURIComponent('观众1')}`;
  const variants: [string, string, string | undefined, string, number][] = [
    [
      'persons: liaison, 2,000 persons, newest first',
      `/api/persons?${LIST}`,
      liaison,
      'p95 < 50 ms',
      50,
    ],
    [
      'persons: liaison + status/region/name filters',
      `/api/persons?${filtered}`,
      liaison,
      'p95 < 50 ms',
      50,
    ],
    [
      'persons: operations, all persons, pending review',
      `/api/persons?${LIST}&filters[personStatus][$eq]=pendingReview`,
      ctx.tokens.operations,
      'p95 < 100 ms',
      100,
    ],
    [
      'core list: GET /exhibition-items (public)',
      '/api/exhibition-items',
      undefined,
      'baseline',
      0,
    ],
  ];
  const rows: Row[] = [];
  for (const concurrency of [1, 10]) {
    for (const [name, path, token, target, limit] of variants) {
      if (concurrency === 1) {
        const probe = await call(`${ctx.cmsUrl}${path}`, { token });
        const total = (probe.json as { meta?: { pagination?: { total?: number } } } | null)?.meta
          ?.pagination?.total;
        ctx.notes.push(`${name}: answers ${probe.status}, ${total ?? '?'} matching rows`);
      }
      const result = await runLoad({
        concurrency,
        durationMs: ctx.durationMs / (concurrency === 1 ? 2 : 1),
        maxRequests: concurrency === 1 ? 100 : Math.max(200, Math.round(ctx.durationMs / 10)),
        send: async () => {
          const { status } = await call(`${ctx.cmsUrl}${path}`, { token });
          return { ok: status === 200, status };
        },
      });
      const row = rowOf(`${name} (c=${concurrency})`, result, target);
      if (limit) row.verdict = result.errors === 0 && row.p95 < limit ? 'pass' : 'FAIL';
      rows.push(row);
    }
  }
  return rows;
}
