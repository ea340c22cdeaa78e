import { type FieldError, fieldError } from '../errors';
import { hashIdNumber } from './hash';

/**
 * What a query may ask of ID numbers: the whole number, exactly (`filters[idNumber]=…`,
 * `[$eq]`, `[$eqi]`), compared on the keyed hash. Prefix, contains, range, `$in` (many guesses in
 * one request), `$ne`, `$null`, anything under `$not`, and sorting would each tell something about
 * numbers the caller may only see masked, so they are refused — wherever `idNumber` appears: at
 * the top, inside `$and`/`$or`, through relations (`filters[person][idNumber]`), in `populate`'s
 * own filters. Allowed filters are rewritten in place to `idNumberHash`, which every list path
 * (the document service and access/sql-filters.ts alike) answers as a plain column.
 */

const EXACT = new Set(['$eq', '$eqi']);
/** Fields nobody filters on but the server: the hash itself (a client could not compute one anyway). */
const HASH = 'idNumberHash';
const WHOLE_NAME = /(^|[^A-Za-z0-9_])idNumber(Hash)?([^A-Za-z0-9_]|$)/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const exactOnly = (path: string[]) =>
  fieldError(
    path.join('.'),
    'idNumberExactOnly',
    '证件号码只能按完整号码精确查询',
    'ID numbers can only be searched by the whole number (exact match)',
  );
const notSortable = (path: string[]) =>
  fieldError(
    path.join('.'),
    'idNumberNotSortable',
    '不能按证件号码排序',
    'Lists cannot be sorted by ID number',
  );

/** The number of an exact-match condition, or undefined when the condition is anything else. */
function exactValue(condition: unknown) {
  if (typeof condition === 'string' || typeof condition === 'number') return condition;
  if (!isRecord(condition)) return undefined;
  const entries = Object.entries(condition);
  if (entries.length !== 1 || !EXACT.has(entries[0]![0])) return undefined;
  const value = entries[0]![1];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

const mentionsIdNumber = (value: unknown) =>
  value !== undefined && WHOLE_NAME.test(JSON.stringify(value) ?? '');

function walk(node: unknown, path: string[], negated: boolean, problems: FieldError[]) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walk(item, [...path, String(i)], negated, problems);
    return;
  }
  if (!isRecord(node)) return;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (key === HASH) {
      problems.push(exactOnly([...path, 'idNumber']));
    } else if (key === 'idNumber') {
      const number = negated ? undefined : exactValue(value);
      const hash = number === undefined ? null : hashIdNumber(number);
      if (hash === null) {
        problems.push(exactOnly([...path, key]));
      } else {
        delete node[key];
        node[HASH] = { $eq: hash };
      }
    } else if (key === 'sort') {
      // A populated relation's own sort (`populate[x][sort]`).
      if (mentionsIdNumber(value)) problems.push(notSortable([...path, key]));
    } else {
      walk(value, [...path, key], negated || key === '$not', problems);
    }
  }
}

/**
 * Checks a parsed query string (Strapi's `ctx.query`) and rewrites its exact ID-number filters
 * to the hash, in place; the problems to answer with a 400 (nothing rewritten matters then).
 */
export function guardIdNumberQuery(query: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  if ('filters' in query) walk(query.filters, ['filters'], false, problems);
  if ('populate' in query) walk(query.populate, ['populate'], false, problems);
  if (mentionsIdNumber(query.sort)) problems.push(notSortable(['sort']));
  return problems;
}
