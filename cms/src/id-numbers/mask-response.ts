import { maskIdNumber } from '@pvis/config';

/**
 * The one masking every JSON answer of the content API goes through (middlewares/id-numbers.ts):
 * lists, records, `populate` at any depth (order lines → person, refunds → person, …), custom
 * routes, review queues. `idNumber` is masked wherever it appears and the hash never leaves the
 * server. The single exception is the record the route was allowed to show whole
 * (id-numbers/whole-reads.ts): `data` itself, when its documentId is the one granted.
 */

const MASKED = new Set(['idNumber', 'idNumberMasked']);
const HIDDEN = 'idNumberHash';

/** Masks in place (the body is the route's own, about to be serialised) and returns it. */
function maskIn(node: unknown, keepWhole: unknown): unknown {
  if (Array.isArray(node)) {
    for (const item of node) maskIn(item, keepWhole);
    return node;
  }
  if (typeof node !== 'object' || node === null || Buffer.isBuffer(node) || node instanceof Date)
    return node;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key === HIDDEN) delete record[key];
    else if (MASKED.has(key) && typeof value === 'string') {
      if (!(record === keepWhole && key === 'idNumber')) record[key] = maskIdNumber(value);
    } else if (typeof value === 'object' && value !== null) maskIn(value, keepWhole);
  }
  return node;
}

/**
 * Masks every ID number in a response body; `wholeFor` is the documentId of the one person the
 * route may show whole (top-level `data`), if any.
 */
export function maskResponse(body: unknown, wholeFor?: string): unknown {
  const data =
    typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  const keepWhole =
    wholeFor !== undefined &&
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    (data as { documentId?: unknown }).documentId === wholeFor
      ? data
      : undefined;
  // Only the granted record's own number stays whole; its populated relations are masked.
  return maskIn(body, keepWhole);
}
