/**
 * CIIE-scale data for benchmarks: fills a cms database that has booted once (schema, constraints,
 * demo seed) with organizations across the 43 delegations and 678 sub-delegations, the relation
 * rows Strapi keeps for them and their review logs, then ANALYZEs.
 *
 *   npx tsx database/generator/generate.ts --organizations 150000 --database-url postgres://…/db
 *
 * Options (defaults from the environment): --organizations (GENERATE_ORGANIZATIONS, 150000),
 * --database-url (DATABASE_URL), --focus (delegation code, `shanghai`) whose subtree holds
 * exactly --focus-size (10000) organizations in total, --edition (current), --seed (2025),
 * --batch-size (5000), --no-review-logs.
 */
import pg from 'pg';
import { generate } from './organizations';

function option(name: string, fallback?: string) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}

const integer = (name: string, fallback: number) => {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};

async function main() {
  const databaseUrl = option('database-url', process.env.DATABASE_URL);
  if (!databaseUrl) throw new Error('give --database-url or set DATABASE_URL');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await generate(client, {
      organizations: integer(
        'organizations',
        Number(process.env.GENERATE_ORGANIZATIONS ?? 150_000),
      ),
      focus: option('focus', 'shanghai')!,
      focusSize: integer('focus-size', 10_000),
      edition: option('edition') ? integer('edition', 0) : undefined,
      seed: integer('seed', 2025),
      batchSize: Math.max(1, integer('batch-size', 5000)),
      reviewLogs: !process.argv.includes('--no-review-logs'),
      log: (line) => console.log(line),
    });
    const s = result.seconds;
    console.log(
      [
        `generated ${result.organizations} organizations (edition ${result.edition}, ids ${result.firstId}..${result.lastId}) in ${s.organizations.toFixed(1)} s`,
        `  by status: ${JSON.stringify(result.byStatus)}`,
        `  relation rows: ${result.organizations * 2} delegation/edition links + ${result.links} interests in ${s.links.toFixed(1)} s`,
        `  review logs: ${result.reviewLogs} in ${s.reviewLogs.toFixed(1)} s; ANALYZE ${s.analyze.toFixed(1)} s`,
        `  ${result.rowsPerSecond} rows/s overall`,
        `focus: delegation ${result.focus.code} (${result.focus.path}) holds ${result.focus.total} organizations in its subtree` +
          ` (generated there by status: ${JSON.stringify(result.focus.byStatus)});` +
          ` largest sub-delegation ${result.focus.largestSub.path} with ${result.focus.largestSub.total}`,
      ].join('\n'),
    );
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
