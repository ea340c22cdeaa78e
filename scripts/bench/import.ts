import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { residentId } from '../../cms/tests/support/identities';
import { createLiaisons, type Liaison, loginAll } from './fixtures';
import { call } from './load';
import type { Row } from './report';
import type { BenchContext } from './scenarios';

const ROWS = 5000;
const SAMPLE = 500;

/** 18-digit resident IDs with their GB 11643 check character, all different. */
function residentIds(count: number, seed: number) {
  return Array.from({ length: count }, (_, i) => {
    // One birthday each (about 15 years of them), so every number differs.
    const day = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000);
    const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
    return residentId(birth, 100 + seed);
  });
}

const person = (idNumber: string, i: number) => ({
  name: `导入人员${i}`,
  gender: i % 2 ? '男' : '女',
  regionType: '大陆',
  idType: '居民身份证',
  idNumber,
  position: '采购经理',
  personTag: '专业观众',
  entryDateOption: i % 3 ? '11月5日-10日' : '11月8日-10日',
  mobile: `139${String(10_000_000 + i).slice(-8)}`,
  email: `visitor${i}@example.com`,
});

/** The liaison's own template, downloaded and filled with `ROWS` persons under its headers. */
async function filledTemplate(cmsUrl: string, token: string, ids: string[]) {
  const response = await fetch(`${cmsUrl}/api/persons/import-template`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`template: ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const sheet = workbook.getWorksheet('人员信息')!;
  const keys = (sheet.getRow(1).values as string[]).slice(1).map((header) => header.split('\n')[0]);
  const byHeader: Record<string, keyof ReturnType<typeof person>> = {
    '姓名 *': 'name',
    性别: 'gender',
    '地区类型 *': 'regionType',
    '证件类型 *': 'idType',
    '证件号码 *': 'idNumber',
    职务: 'position',
    人员标签: 'personTag',
    入场日期: 'entryDateOption',
    手机: 'mobile',
    邮箱: 'email',
  };
  ids.forEach((id, i) => {
    const values = person(id, i);
    sheet.addRow(keys.map((key) => (byHeader[key!] ? values[byHeader[key!]!] : null)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The cms process: the `strapi start` whose environment holds its PORT. */
function cmsPid(cmsUrl: string) {
  const port = new URL(cmsUrl).port;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (cmdline.includes('strapi') && environ.includes(`PORT=${port}`)) return Number(pid);
    } catch {
      // gone or not ours
    }
  }
  return null;
}

const statusKb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
    fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
  );
  return match ? Number(match[1]) : Number.NaN;
};
const mb = (kb: number) => kb / 1024;

/**
 * Issue 4: a 5,000-row XLSX imported over HTTP (upload → job done), wall time and the cms
 * process's resident memory sampled from /proc every 50 ms; then, for comparison, the same kind
 * of persons created one by one through `POST /api/persons` for a sample, extrapolated.
 */
export async function importScenario(ctx: BenchContext): Promise<Row[]> {
  const [importer, byForm] = (await createLiaisons(ctx.db, {
    count: 2,
    delegationPath: '/beijing/beijing-chaoyang/',
    tag: `${ctx.tag}i`,
  })) as [Liaison, Liaison];
  await ctx.db.query(
    "UPDATE organizations SET review_status = 'approved', submitted_at = now() WHERE document_id = ANY($1)",
    [[importer.organizationId, byForm.organizationId]],
  );
  await loginAll(ctx.cmsUrl, [importer, byForm]);
  const ids = residentIds(ROWS + SAMPLE, 11);
  const file = await filledTemplate(ctx.cmsUrl, importer.token!, ids.slice(0, ROWS));
  const pid = cmsPid(ctx.cmsUrl);
  const before = pid ? statusKb(pid, 'VmRSS') : Number.NaN;
  let peak = before;
  const sampler = setInterval(() => {
    if (pid) peak = Math.max(peak, statusKb(pid, 'VmRSS'));
  }, 50);

  const t0 = performance.now();
  const form = new FormData();
  form.append('mode', 'allOrNothing');
  form.append('file', new Blob([file]), 'persons.xlsx');
  const started = await fetch(`${ctx.cmsUrl}/api/persons/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${importer.token}` },
    body: form,
  });
  const accepted = performance.now() - t0;
  const id = ((await started.json()) as { data?: { documentId?: string } }).data?.documentId;
  let record: Record<string, unknown> = {};
  while (id && !['done', 'failed'].includes(String(record.importStatus))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    record = (
      (await call(`${ctx.cmsUrl}/api/persons/imports/${id}`, { token: importer.token })).json as {
        data: Record<string, unknown>;
      }
    ).data;
    if (performance.now() - t0 > 300_000) break;
  }
  const wall = performance.now() - t0;
  clearInterval(sampler);
  const highWater = pid ? statusKb(pid, 'VmHWM') : Number.NaN;
  const imported = Number(record.importedRows ?? 0);
  const ok = started.status === 202 && record.importStatus === 'done' && imported === ROWS;
  ctx.notes.push(
    `import: ${(file.length / 1024).toFixed(0)} KB XLSX of ${ROWS} rows; upload answered ${started.status} in ${accepted.toFixed(0)} ms; ` +
      `job ${record.importStatus} with ${imported} imported, ${record.invalidRows} invalid, in ${(wall / 1000).toFixed(1)} s wall (upload → done, status polled every 100 ms)`,
  );
  ctx.notes.push(
    `import memory (cms process ${pid ?? 'not found'}, /proc/<pid>/status): VmRSS ${mb(before).toFixed(0)} MB before, peak VmRSS ${mb(peak).toFixed(0)} MB during the import (sampled every 50 ms, +${mb(peak - before).toFixed(0)} MB), VmHWM since the cms started ${mb(highWater).toFixed(0)} MB`,
  );

  // Comparison: Strapi's generic create (our scoped controller + document service), one by one.
  const sample = ids.slice(ROWS);
  const t1 = performance.now();
  let errors = 0;
  const latencies: number[] = [];
  for (const [i, idNumber] of sample.entries()) {
    const s = performance.now();
    const r = await call(`${ctx.cmsUrl}/api/persons`, {
      method: 'POST',
      token: byForm.token,
      body: {
        data: {
          name: `表单人员${i}`,
          gender: 'male',
          regionType: 'mainland',
          idType: 'residentId',
          idNumber,
          position: '采购经理',
          personTag: 'professionalVisitor',
          entryDateOption: 'full',
          mobile: '13900000000',
          email: `form${i}@example.com`,
        },
      },
    });
    latencies.push(performance.now() - s);
    if (r.status !== 201) errors += 1;
  }
  const sampleWall = performance.now() - t1;
  const extrapolated = (sampleWall / SAMPLE) * ROWS;
  ctx.notes.push(
    `import comparison: ${SAMPLE} persons through POST /api/persons one by one (1 client) in ${(sampleWall / 1000).toFixed(1)} s, ${errors} errors; extrapolated to ${ROWS}: ${(extrapolated / 1000).toFixed(0)} s`,
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return [
    {
      scenario: `import ${ROWS}-row XLSX: upload → job done (wall), peak cms RSS ${mb(peak).toFixed(0)} MB`,
      requests: 1,
      errors: ok ? 0 : 1,
      rps: ROWS / (wall / 1000),
      p50: wall,
      p95: wall,
      p99: wall,
      target: '< 20 s, < 300 MB',
      verdict:
        ok && wall < 20_000 && mb(peak) < 300
          ? 'pass'
          : ok && wall < 20_000
            ? 'time met; memory see note'
            : 'FAIL',
    },
    {
      scenario: `${SAMPLE} persons one by one, POST /api/persons (c=1), ${ROWS} extrapolated ${(extrapolated / 1000).toFixed(0)} s`,
      requests: SAMPLE,
      errors,
      rps: SAMPLE / (sampleWall / 1000),
      p50: at(50),
      p95: at(95),
      p99: at(99),
      target: 'comparison',
      verdict: '—',
    },
  ];
}
