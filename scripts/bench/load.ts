/**
 * A closed-loop HTTP load generator: `concurrency` workers, each sending its next request as soon
 * as the last one answered, until `maxRequests` were sent or `durationMs` passed (both bound
 * every run). Node's fetch (undici) keeps connections alive, so this measures the server, not
 * TCP set-up.
 */
export interface Outcome {
  ok: boolean;
  /** Groups latencies within one run (e.g. by organization category). */
  label?: string;
  status?: number;
}

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  maxRequests: number;
  /** Sends request number `index` (0-based, unique across workers) for `worker`; null = worker done. */
  send: (worker: number, index: number) => Promise<Outcome | null>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  byLabel: Map<string, number[]>;
  /** First few failures, for the report. */
  samples: string[];
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const byLabel = new Map<string, number[]>();
  const samples: string[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (id: number) => {
    while (performance.now() < deadline && next < options.maxRequests) {
      const index = next++;
      const t0 = performance.now();
      let outcome: Outcome | null;
      try {
        outcome = await options.send(id, index);
      } catch (error) {
        outcome = { ok: false, label: (error as Error).message };
      }
      if (outcome === null) return;
      const ms = performance.now() - t0;
      latencies.push(ms);
      if (outcome.label) {
        const list = byLabel.get(outcome.label) ?? [];
        list.push(ms);
        byLabel.set(outcome.label, list);
      }
      if (!outcome.ok) {
        errors++;
        if (samples.length < 5) samples.push(`${outcome.status ?? 'error'} ${outcome.label ?? ''}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  return {
    requests: latencies.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    latencies,
    byLabel,
    samples,
  };
}

export function percentile(values: readonly number[], p: number) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** fetch with JSON in and out; never throws on an HTTP status. */
export async function call(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
) {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers: {
      accept: 'application/json',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, json };
}
