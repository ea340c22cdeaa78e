/**
 * `npm run bench -- bundle [--build] [--runs 3] [--portal-url http://… --liaison-token …]`
 *
 * What a phone downloads and runs before the two pages people open cold work: the login page
 * and the colleague's registration page (the link a liaison's QR code carries). Against the
 * built portal and a real cms on a copy of the test template (started here, stopped after):
 * 1. every JavaScript response of the first load, with its gzip size (level 9, what the
 *    portal's server sends precompressed) and the total;
 * 2. time to interactive on a throttled phone: 375×812, Lighthouse's "Slow 4G" network
 *    (150 ms, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4× through the DevTools
 *    protocol. Interactive = the form's first field is on screen and no long task (> 50 ms)
 *    runs after it, once the network is idle; the median of `--runs` cold loads.
 * Figures only: timing never fails the run; a broken set-up does (exit 1).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoAccounts } from '../../cms/src/bootstrap/seed/demo-accounts';
import { dropDatabase, startServer } from '../../database/embedded';
import { launchChromium } from '../../portal/e2e/support/chromium';
import { repoRoot } from '../lib/secrets';
import type { RunningSystem } from '../lib/system';
import { login } from './fixtures';
import { call } from './load';
import { startBenchSystem } from './system';

type Option = (name: string, fallback: string) => string;

/** The two pages and the field that says each is usable. */
interface ColdPage {
  name: string;
  path: string;
  firstField: string;
}

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = { width: 375, height: 812 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const portalDist = path.join(repoRoot, 'portal', 'dist');

function buildPortalIfNeeded(force: boolean) {
  if (!force && fs.existsSync(path.join(portalDist, 'index.html'))) return;
  console.log('bundle: building the portal (npm run build -w @pvis/portal)');
  const result = spawnSync('npm', ['run', 'build', '-w', '@pvis/portal'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the portal build failed');
}

interface Script {
  file: string;
  raw: number;
  gzip: number;
}

/** One cold load, unthrottled: every JavaScript response until the first field shows. */
async function scriptsOf(browser: Browser, url: string, page: ColdPage): Promise<Script[]> {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const tab = await context.newPage();
    const bodies: Promise<Script>[] = [];
    tab.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && !response.url().endsWith('.js')) return;
      bodies.push(
        response.body().then((body) => ({
          file: new URL(response.url()).pathname,
          raw: body.length,
          gzip: zlib.gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    await tab.goto(url + page.path);
    await tab.locator(page.firstField).waitFor({ timeout: 60_000 });
    await tab.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).sort((a, b) => b.gzip - a.gzip);
  } finally {
    await context.close();
  }
}

interface Timing {
  firstContentfulPaint: number;
  firstField: number;
  interactive: number;
  longTasks: number;
}

/** One cold load on the throttled phone; milliseconds from navigation start. */
async function timingOf(browser: Browser, url: string, page: ColdPage): Promise<Timing> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const tab: Page = await context.newPage();
    await tab.addInitScript(() => {
      const tasks: { end: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ end: entry.startTime + entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await tab.goto(url + page.path, { waitUntil: 'commit', timeout: 120_000 });
    await tab.locator(page.firstField).waitFor({ timeout: 120_000 });
    const firstField = await tab.evaluate(() => performance.now());
    await tab.waitForLoadState('networkidle', { timeout: 120_000 });
    // A quiet second after the network settles, so a late long task is seen.
    await tab.waitForTimeout(1000);
    return await tab.evaluate((fieldAt) => {
      const tasks = (window as unknown as { __longTasks: { end: number }[] }).__longTasks;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const lastTask = Math.max(0, ...tasks.map((t) => t.end));
      return {
        firstContentfulPaint: paint ? paint.startTime : Number.NaN,
        firstField: fieldAt,
        interactive: Math.max(fieldAt, lastTask),
        longTasks: tasks.length,
      };
    }, firstField);
  } finally {
    await context.close();
  }
}

/** The liaison's live colleague link, as a path on the portal (`/join/<token>`). */
async function colleaguePath(cmsUrl: string, token: string): Promise<string> {
  const { status, json } = await call(`${cmsUrl}/api/invitations/current`, { token });
  const link = (json as { data?: { link?: string } } | null)?.data?.link;
  // 201 when this call issued the first link.
  if (status >= 300 || !link) throw new Error(`colleague link: ${status} ${JSON.stringify(json)}`);
  return new URL(link).pathname;
}

async function measure(browser: Browser, portalUrl: string, pages: ColdPage[], runs: number) {
  const lines: string[] = [];
  const say = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  for (const page of pages) {
    const scripts = await scriptsOf(browser, portalUrl, page);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const raw = scripts.reduce((sum, s) => sum + s.raw, 0);
    say(`\n── ${page.name} (${page.path.replace(/\/join\/.+/, '/join/<token>')})`);
    say('  gzip KB   raw KB  file');
    for (const s of scripts) {
      say(`  ${kb(s.gzip).padStart(7)}  ${kb(s.raw).padStart(7)}  ${s.file}`);
    }
    say(`  ${kb(total).padStart(7)}  ${kb(raw).padStart(7)}  total, ${scripts.length} files`);
    const timings: Timing[] = [];
    for (let run = 0; run < runs; run++) timings.push(await timingOf(browser, portalUrl, page));
    const seconds = (pick: (t: Timing) => number) => (median(timings.map(pick)) / 1000).toFixed(2);
    say(
      `  phone (375×812, Slow 4G, CPU ×${CPU_SLOWDOWN}), median of ${runs}: first contentful paint ${seconds((t) => t.firstContentfulPaint)} s, ` +
        `form shown ${seconds((t) => t.firstField)} s, interactive ${seconds((t) => t.interactive)} s ` +
        `(long tasks ${timings.map((t) => t.longTasks).join('/')})`,
    );
  }
  return lines;
}

export async function runBundle(option: Option): Promise<number> {
  const runs = Math.max(1, Number(option('runs', '3')));
  buildPortalIfNeeded(process.argv.includes('--build'));
  const database = `pvis_bench_bundle_${process.pid}`;
  const server = await startServer('test');
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let smtp: Awaited<ReturnType<typeof startBenchSystem>>['smtp'] | undefined;
  try {
    ({ system, smtp } = await startBenchSystem(server.url, database));
    const liaison = demoAccounts.find((a) => a.role === 'liaison');
    if (!liaison) throw new Error('no demo liaison in the seed');
    const token = await login(system.cmsUrl, liaison.username, DEMO_PASSWORD);
    const pages: ColdPage[] = [
      { name: 'login', path: '/login', firstField: 'input#login_identifier' },
      {
        name: 'colleague registration (phone)',
        path: await colleaguePath(system.cmsUrl, token),
        firstField: '[data-testid="join-name"]',
      },
    ];
    browser = await launchChromium();
    const lines = await measure(browser, system.portalUrl, pages, runs);
    const file = path.join(repoRoot, '.tmp', 'bench-bundle.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${new Date().toISOString()}\n${lines.join('\n')}\n`);
    console.log(`\nwritten to ${path.relative(repoRoot, file)}`);
    return 0;
  } catch (error) {
    console.error(`bench bundle failed: ${error instanceof Error ? error.stack : error}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    await system?.stop().catch(() => {});
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await dropDatabase(server.url, database).catch(() => {});
    await server.stop();
  }
}
