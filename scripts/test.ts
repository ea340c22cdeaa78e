/**
 * `npm test`: lint, type checks, builds, then every vitest project (config unit tests, portal
 * component tests, cms integration tests, browser journeys) against real PostgreSQL —
 * DATABASE_URL's server when set, the embedded one otherwise. Ends with `N passed, N failed`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from './lib/processes';
import { repoRoot } from './lib/secrets';
import { ensureSystemTools } from './lib/system-tools';
import { prepareTestDatabase } from './lib/test-database';

interface Outcome {
  name: string;
  ok: boolean;
}

async function step(
  name: string,
  command: string,
  args: string[],
  cwd = repoRoot,
): Promise<Outcome> {
  console.log(`\n── ${name}`);
  try {
    await run(command, args, { cwd });
    return { name, ok: true };
  } catch (error) {
    console.error(`✗ ${name}: ${(error as Error).message}`);
    return { name, ok: false };
  }
}

/** Chromium, CJK fonts and pdftotext, installed when missing (see lib/system-tools.ts). */
async function tools(): Promise<Outcome> {
  const name = 'system tools for browser and PDF tests';
  console.log(`\n── ${name}`);
  try {
    await ensureSystemTools();
    return { name, ok: true };
  } catch (error) {
    console.error(`✗ ${name}: ${(error as Error).message}`);
    return { name, ok: false };
  }
}

async function main() {
  const started = Date.now();
  const checks: Outcome[] = [];
  checks.push(await tools());
  checks.push(await step('lint and format (biome)', 'npx', ['biome', 'check', '.']));
  checks.push(await step('build config', 'npm', ['run', 'build', '-w', '@pvis/config']));
  checks.push(
    await step('type-check scripts, database and tests', 'npx', [
      'tsc',
      '-p',
      'scripts/tsconfig.json',
    ]),
  );
  checks.push(
    await step('docs: lifecycle tables match config, nothing cited from outside', 'npx', [
      'tsx',
      'scripts/docs.ts',
      '--check',
    ]),
  );
  checks.push(await step('build cms (tsc, strict)', 'npm', ['run', 'build', '-w', '@pvis/cms']));
  // The admin bundle, for the browser test that a content editor sees the content types.
  checks.push(
    await step('build cms admin panel', 'npx', ['strapi', 'build'], path.join(repoRoot, 'cms')),
  );
  checks.push(
    await step('build portal (tsc + vite)', 'npm', ['run', 'build', '-w', '@pvis/portal']),
  );

  console.log('\n── test database (seeded template)');
  const server = await prepareTestDatabase();
  const report = path.join(repoRoot, '.tmp', 'vitest-report.json');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  await step('vitest', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  await server.stop();

  let passed = checks.filter((c) => c.ok).length;
  let failed = checks.filter((c) => !c.ok).length;
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    // A file that failed to load has no tests to count; count it as one failure.
    failed += result.testResults.filter(
      (f: { status: string; assertionResults: unknown[] }) =>
        f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
  } else {
    failed += 1;
  }
  for (const check of checks.filter((c) => !c.ok)) console.log(`failed check: ${check.name}`);
  console.log(`\ntook ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
