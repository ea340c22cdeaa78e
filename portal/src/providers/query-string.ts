/**
 * A small `qs`-compatible serializer for Strapi's bracket syntax:
 * `{ filters: { title: { $eq: 'x' } } }` → `filters[title][$eq]=x`.
 * Keys keep their brackets readable (like `qs` with `encodeValuesOnly`), values are encoded.
 */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | QueryValue[]
  | { [key: string]: QueryValue };

const encodeKey = (key: string): string =>
  key.replace(/[^A-Za-z0-9_$.\-[\]*]/g, (c) => encodeURIComponent(c));

const encodeValue = (value: string | number | boolean | Date): string =>
  encodeURIComponent(value instanceof Date ? value.toISOString() : String(value));

const collect = (prefix: string, value: QueryValue, out: string[]): void => {
  if (value === undefined) return;
  if (value === null) {
    out.push(`${encodeKey(prefix)}=`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collect(`${prefix}[${index}]`, item, out);
    });
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      collect(prefix ? `${prefix}[${key}]` : key, child, out);
    }
    return;
  }
  out.push(`${encodeKey(prefix)}=${encodeValue(value)}`);
};

export const stringifyQuery = (query: Record<string, QueryValue>): string => {
  const parts: string[] = [];
  collect('', query, parts);
  return parts.join('&');
};
