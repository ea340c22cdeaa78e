/**
 * `npm run bench -- <submit|queue|bulk|import|persons|orders|all> [--organizations 150000] [--duration 20] [--keep]`
 * `npm run bench -- <fault-kill|fault-postgres|fault-smtp|faults> [--clients 10] [--minutes 5]`: the fault campaign.
 * `npm run bench -- bundle [--build] [--runs 3]`: the portal's first-page JavaScript and time to interactive.
 * `… --cms-url http://127.0.0.1:1337 --database-url postgres://…/db`: against a cms that is
 * already running on a database that has booted once (nothing started, created or dropped).
 *
 * Issue 3's (and issue 4's import) performance figures on a database of its own: a copy of the seeded test template,
 * filled by the CIIE-scale generator (database/generator), the cms started against it
 * (`startSystem`, instance `test`, free ports), then HTTP load from this process. Prints a table
 * and writes it to .tmp/bench-results.md. Timing never fails the run (docs/architecture.md); a broken set-up
 * does (exit 1). Stops the system and drops the database afterwards (unless --keep).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { SMTPServer } from 'smtp-server';
import { keyHolder, type SandboxKeys } from '../cms/src/payments/sandbox/keys';
import { dropDatabase, startServer } from '../database/embedded';
import { generate } from '../database/generator/organizations';
import { runBundle } from './bench/bundle';
import { runFaults } from './bench/faults';
import { login } from './bench/fixtures';
import { importScenario } from './bench/import';
import { ordersScenario } from './bench/orders';
import { personsScenario } from './bench/persons';
import type { Row } from './bench/report';
import { printTable, writeMarkdown } from './bench/report';
import { type BenchContext, bulkScenario, queueScenario, submitScenario } from './bench/scenarios';
import { startBenchSystem } from './bench/system';
import { repoRoot } from './lib/secrets';
import type { RunningSystem } from './lib/system';
import { TEMPLATE } from './lib/test-database';

const scenarios = {
  submit: submitScenario,
  queue: queueScenario,
  bulk: bulkScenario,
  import: importScenario,
  persons: personsScenario,
  orders: ordersScenario,
} as const;
type Scenario = keyof typeof scenarios;

function option(name: string, fallback: string) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** The bench plays Alipay: its own key pairs, the cms configured as production reads them. */
async function benchAlipayKeys(): Promise<SandboxKeys['alipay']> {
  const [merchant, gateway] = await Promise.all([
    keyHolder('Bench merchant (Alipay app)'),
    keyHolder('Bench Alipay'),
  ]);
  return { appId: '2021000000000099', sellerId: '2088000000000099', merchant, gateway };
}

const alipaySettings = (keys: SandboxKeys['alipay']) => ({
  PAYMENT_SANDBOX: 'false',
  ALIPAY_APP_ID: keys.appId,
  ALIPAY_SELLER_ID: keys.sellerId,
  ALIPAY_PRIVATE_KEY: keys.merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ALIPAY_PUBLIC_KEY: keys.gateway.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
});

async function main() {
  const wanted =
    process.argv.slice(2).find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'all';
  // The fault campaign brings its own PostgreSQL, cms and SMTP (scripts/bench/faults).
  if (wanted === 'faults' || wanted.startsWith('fault-')) {
    await runFaults(wanted, option);
    process.exit(0);
  }
  // What a phone downloads before the login or the colleague page works (scripts/bench/bundle).
  if (wanted === 'bundle') process.exit(await runBundle(option));
  const selected: Scenario[] =
    wanted === 'all'
      ? ['submit', 'queue', 'bulk', 'import', 'persons', 'orders']
      : [wanted as Scenario];
  if (!selected.every((s) => s in scenarios)) {
    console.error(`usage: npm run bench -- <${Object.keys(scenarios).join('|')}|all>`);
    process.exit(2);
  }
  const organizations = Number(option('organizations', '150000'));
  const durationMs = Math.min(60, Math.max(2, Number(option('duration', '20')))) * 1000;
  const keep = process.argv.includes('--keep');
  const tag = crypto.randomBytes(2).toString('hex').slice(0, 3);
  const database = `pvis_bench_${process.pid}`;
  const externalCms = option('cms-url', '');
  const externalDatabase = option('database-url', '');
  if (!!externalCms !== !!externalDatabase) {
    console.error('--cms-url and --database-url go together');
    process.exit(2);
  }

  const server = externalCms ? { url: '', stop: async () => {} } : await startServer('test');
  const alipay = await benchAlipayKeys();
  let system: RunningSystem | undefined;
  let db: pg.Client | undefined;
  let smtp: SMTPServer | undefined;
  let failed = false;
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    // ── set-up: any failure here ends the run with exit 1
    let t = Date.now();
    if (externalCms) {
      system = {
        cmsUrl: externalCms,
        portalUrl: '',
        databaseUrl: externalDatabase,
        stop: async () => {},
      };
    } else {
      console.log(`bench: database ${database} (copy of ${TEMPLATE})`);
      ({ system, smtp } = await startBenchSystem(server.url, database, alipaySettings(alipay)));
      console.log(`cms up on ${system.cmsUrl} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    // The cms has synced the schema to the current code; now the CIIE-scale data.
    db = new pg.Client({ connectionString: system.databaseUrl });
    await db.connect();
    // The import scenario brings its own organizations; it needs no CIIE-scale data.
    if (!selected.every((s) => s === 'import')) {
      t = Date.now();
      const generated = await generate(db, {
        organizations,
        focus: 'shanghai',
        focusSize: 10_000,
        seed: 2025,
        batchSize: 5000,
        reviewLogs: true,
        log: (line) => console.log(`generator: ${line}`),
      });
      const genSeconds = (Date.now() - t) / 1000;
      notes.push(
        `data: ${generated.organizations} organizations generated in ${genSeconds.toFixed(1)} s (${generated.rowsPerSecond} rows/s incl. ${generated.links} interest links and ${generated.reviewLogs} review logs); ` +
          `${generated.focus.path} holds ${generated.focus.total} (submitted ${generated.focus.byStatus.submitted ?? 0}), largest sub-delegation ${generated.focus.largestSub.path} ${generated.focus.largestSub.total}`,
      );
      console.log(notes[notes.length - 1]);
    }
    const tokens = {
      reviewer: await login(system.cmsUrl, 'reviewer.shanghai'),
      operations: await login(system.cmsUrl, 'operations'),
    };
    const load = () =>
      os
        .loadavg()
        .map((v) => v.toFixed(1))
        .join(' / ');
    notes.push(
      `machine: ${os.cpus().length} cores; load average before the scenarios ${load()} (1/5/15 min)`,
    );
    const ctx: BenchContext = {
      cmsUrl: system.cmsUrl,
      db,
      tokens,
      durationMs,
      tag,
      notes,
      alipay: externalCms ? undefined : alipay,
    };

    // ── scenarios: figures, never a failing exit
    for (const name of selected) {
      console.log(`\n── ${name}`);
      const started = Date.now();
      const result = await scenarios[name](ctx);
      rows.push(...result);
      printTable(result);
      console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    notes.push(`load average after the scenarios ${load()}`);
    console.log('\n── results');
    printTable(rows);
    for (const note of notes) console.log(`- ${note}`);
    const file = path.join(repoRoot, '.tmp', 'bench-results.md');
    writeMarkdown(file, rows, [
      `${new Date().toISOString()}, ${organizations} organizations, ${durationMs / 1000} s per scenario, one machine (cms, PostgreSQL and load generator share its cores)`,
      ...notes,
    ]);
    console.log(`\nwritten to ${path.relative(repoRoot, file)}`);
  } catch (error) {
    failed = true;
    console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  } finally {
    await db?.end().catch(() => {});
    await system?.stop().catch(() => {});
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    if (externalCms) {
      // not ours to drop
    } else if (keep) console.log(`kept database ${database} on ${server.url}`);
    else await dropDatabase(server.url, database).catch(() => {});
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main();
