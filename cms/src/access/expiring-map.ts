/** Every ExpiringMap, so a change to users, roles or permissions can empty them all at once. */
const all = new Set<ExpiringMap<unknown, unknown>>();

/**
 * A small in-process map whose entries live a few seconds (per-caller facts on hot paths).
 * Bounded: past `max` entries the oldest goes. Each cms instance keeps its own, so the time to
 * live is also how long another instance may answer from a stale entry.
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {
    all.add(this as ExpiringMap<unknown, unknown>);
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** `until` (epoch ms) shortens the entry's life, e.g. to a token's expiry. */
  set(key: K, value: V, until = Number.POSITIVE_INFINITY) {
    if (this.entries.size >= this.max && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, until: Math.min(Date.now() + this.ttlMs, until) });
  }

  clear() {
    this.entries.clear();
  }
}

export function clearExpiringMaps() {
  for (const map of all) map.clear();
}

/** How long per-caller facts are kept (AUTH_CACHE_MS, default 5 s; 0 turns caching off). */
export const accessCacheMs = () => Number(process.env.AUTH_CACHE_MS ?? 5000);
