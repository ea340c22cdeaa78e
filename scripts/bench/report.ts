import fs from 'node:fs';
import path from 'node:path';
import { type LoadResult, percentile } from './load';

export interface Row {
  scenario: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  target: string;
  verdict: string;
}

export function rowOf(
  scenario: string,
  result: LoadResult,
  target = '—',
  verdict = '—',
  latencies = result.latencies,
): Row {
  return {
    scenario,
    requests: latencies.length,
    errors: result.errors,
    rps: latencies.length / result.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    target,
    verdict,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const rps = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const header = [
  'scenario',
  'requests',
  'errors',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'target',
  'verdict',
];
const cells = (r: Row) => [
  r.scenario,
  String(r.requests),
  String(r.errors),
  rps(r.rps),
  ms(r.p50),
  ms(r.p95),
  ms(r.p99),
  r.target,
  r.verdict,
];

export function printTable(rows: readonly Row[]) {
  const all = [header, ...rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...all.map((line) => [...line[i]!].length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => (i === 0 || i >= 7 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(format(cells(row)));
}

export function writeMarkdown(file: string, rows: readonly Row[], notes: readonly string[]) {
  const lines = [
    '# Benchmark results',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 || i >= 7 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
}
