import fc from 'fast-check';
import { CREDENTIALS } from '../../src/middlewares/bad-input';

/** A route as Strapi's router lists it (`/api/persons/:id/photo`). */
export interface FuzzRoute {
  method: string;
  path: string;
}

export interface BadRequest {
  method: string;
  url: string;
  /** A JSON body (undefined: none). */
  json?: unknown;
  /** Raw bytes with their content type: malformed JSON, cut-off or odd uploads. */
  raw?: { contentType: string; body: Buffer };
}

/** Strings that broke routes before (docs/bad-input.md) and their relatives. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '1',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '2026-13-45',
  '2026-02-30',
  '0000-00-00',
  '$eq',
  '{"$ne":null}',
  '𠮷野家',
  "' OR 1=1 --",
  '../../etc/passwd',
  'x'.repeat(3000),
  // One past a varchar(255) column; integers past PostgreSQL's integer and bigint.
  'x'.repeat(256),
  '2147483648',
  '99999999999999999999',
];

const OPERATORS = [
  '$eq',
  '$ne',
  '$in',
  '$notIn',
  '$between',
  '$lt',
  '$gte',
  '$contains',
  '$startsWith',
  '$null',
  '$notNull',
  '$or',
  '$and',
  '$not',
  '$unknown',
];

/** Query keys our routes or Strapi's lists read. */
const QUERY_KEYS = [
  'filters',
  'filters[$or]',
  'filters[$and]',
  'filters[$or][0]',
  'filters[$and][0][id]',
  'filters[$not]',
  'filters[id][$between]',
  'filters[id][$between][0]',
  'filters[id][$in]',
  'filters[createdAt][$gt]',
  'filters[organization][name][$eq]',
  'sort',
  'sort[0]',
  'pagination',
  'pagination[page]',
  'pagination[pageSize]',
  'pagination[start]',
  'pagination[limit]',
  'populate',
  'populate[0]',
  'fields',
  'fields[0]',
  'status',
  'locale',
  'fromEdition',
  'edition',
  'from',
  'to',
  'date',
  'q',
  'decision',
  'amountMismatch',
  'matchStatus',
  'page',
  'pageSize',
  'idNumber',
  'name',
  'token',
  'code',
];

/**
 * Body keys beyond the content types' attributes: the sign-in fields bad-input.ts checks as text,
 * actions, custom routes.
 */
const BODY_KEYS = [
  ...CREDENTIALS,
  'mobile',
  'token',
  'action',
  'reason',
  'documentIds',
  'fromEdition',
  'method',
  'previousBadgeNumber',
  'personDocumentIds',
  'matchStatus',
];

const nasty = fc.constantFrom(...NASTY);
const leaf = fc.oneof(
  nasty,
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(2 ** 60),
  fc.constant(2 ** 31),
  // Body-only (a URL this long is refused by Node before the app, and a lone surrogate
  // cannot be URI-encoded): a 100 kB string and invalid UTF-16.
  fc.constant('名'.repeat(100_000)),
  fc.constant('a\ud800b'),
);

/** An id segment: real ids (to get past scope checks), nasty strings, odd encodings. */
const idOf = (ids: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : nasty },
    { weight: 2, arbitrary: nasty.filter((s) => s.length > 0) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: ids.length > 0 ? fc.constantFrom(...ids).map((id) => `${id}\u0000`) : nasty,
    },
  );

function queryOf(attributes: string[]) {
  const key = fc.oneof(
    fc.constantFrom(...QUERY_KEYS),
    fc
      .tuple(fc.constantFrom(...attributes), fc.constantFrom(...OPERATORS))
      .map(([field, op]) => `filters[${field}][${op}]`),
    fc
      .tuple(fc.constantFrom(...attributes), fc.constantFrom(...OPERATORS), fc.nat(2))
      .map(([field, op, i]) => `filters[${field}][${op}][${i}]`),
  );
  return fc
    .array(fc.tuple(key, fc.oneof(nasty, fc.string({ maxLength: 10 }))), { maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
}

function jsonOf(attributes: string[]) {
  const value = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...OPERATORS, ...BODY_KEYS), tie('node'), { maxKeys: 3 }),
    ),
  })).node;
  const record = fc.dictionary(fc.constantFrom(...attributes, ...BODY_KEYS), value, {
    minKeys: 1,
    maxKeys: 5,
  });
  return fc.oneof(
    { weight: 5, arbitrary: record.map((data) => ({ data })) },
    { weight: 2, arbitrary: record },
    { weight: 1, arbitrary: value.map((data) => ({ data })) },
    { weight: 1, arbitrary: value },
  );
}

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';
const part = (name: string, content: string, filename?: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n${content}\r\n`;

/** Raw bodies: malformed JSON, cut-off and odd multipart uploads, form and text bodies. */
const rawOf = (attributes: string[]) =>
  fc.oneof(
    fc
      .constantFrom(
        '{"data":',
        '{"data":{"name":"\\u0000"}}',
        '[',
        'null',
        '"x"',
        '{"data":1e999}',
        // Nested past any stack: every recursive walk of the body overflowed (a 500 everywhere).
        `{"data":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        `{"data":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
      )
      .map((body) => ({ contentType: 'application/json', body: Buffer.from(body) })),
    fc
      .tuple(fc.constantFrom('file', 'files', 'data', ...attributes), nasty, fc.nat(400))
      .map(([name, content, cut]) => {
        const whole = Buffer.from(
          `${part(name, content, 'a.png')}${part('data', JSON.stringify({ name: content }))}--${BOUNDARY}--\r\n`,
        );
        // A body that ends early, as a dropped connection leaves it.
        return {
          contentType: `multipart/form-data; boundary=${BOUNDARY}`,
          body: whole.subarray(0, Math.min(cut, whole.length)),
        };
      }),
    fc.tuple(fc.constantFrom('file', 'files', 'data'), nasty).map(([name, content]) => ({
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      body: Buffer.from(`${part(name, content, `${content.slice(0, 40)}.pdf`)}--${BOUNDARY}--\r\n`),
    })),
    fc.tuple(fc.constantFrom(...attributes, ...BODY_KEYS), nasty).map(([name, content]) => ({
      contentType: 'application/x-www-form-urlencoded',
      body: Buffer.from(`${encodeURIComponent(name)}=${encodeURIComponent(content)}`),
    })),
    nasty.map((content) => ({ contentType: 'text/plain', body: Buffer.from(content) })),
  );

/** One generated bad request for a route: ids in its path, a query, and a body where it takes one. */
export function badRequest(
  route: FuzzRoute,
  pools: { ids: string[]; attributes: string[] },
): fc.Arbitrary<BadRequest> {
  const params = route.path.match(/:[A-Za-z_]+/g) ?? [];
  const takesBody = route.method !== 'GET' && route.method !== 'DELETE';
  return fc
    .record({
      ids: fc.tuple(...params.map(() => idOf(pools.ids))),
      query: fc.oneof(fc.constant(''), queryOf(pools.attributes)),
      body: takesBody
        ? fc.oneof(
            { weight: 3, arbitrary: jsonOf(pools.attributes).map((json) => ({ json })) },
            { weight: 2, arbitrary: rawOf(pools.attributes).map((raw) => ({ raw })) },
            { weight: 1, arbitrary: fc.constant({}) },
          )
        : fc.constant({}),
    })
    .map(({ ids, query, body }) => {
      let index = 0;
      const path = route.path.replace(/:[A-Za-z_]+(\([^)]*\))?/g, () =>
        encodeURIComponent(ids[index++] as string),
      );
      return { method: route.method, url: query ? `${path}?${query}` : path, ...body };
    });
}
