import type { Core } from '@strapi/strapi';
import { type FieldError, fieldError } from '../errors';
import { attributesOf, targetOf } from './list-filters';

/**
 * `sort` on every list and export, as Strapi reads it — `a`, `a:desc`, `a,b:asc`,
 * `organization.name:asc`, `['a:desc']`, `{ a: 'desc' }` — on fields the listed type has.
 * An unknown field reached the query builder on routes that skip Strapi's query validation
 * ("Attribute not found on model", a 500).
 */
const problem = (path: string, zh: string, en: string) =>
  fieldError(path, 'invalidSort', `排序条件无效（${path}）：${zh}`, `Invalid sort ${path}: ${en}`);

/** Whether `a.b.c` names a field, following relations; true when the type is not known. */
function knownPath(strapi: Core.Strapi, uid: string | undefined, path: string[]): boolean {
  const attributes = attributesOf(strapi, uid);
  if (!attributes) return true;
  const [head, ...rest] = path;
  const attribute = head ? attributes[head] : undefined;
  if (!attribute) return false;
  return rest.length === 0 ? !targetOf(attribute) : knownPath(strapi, targetOf(attribute), rest);
}

function checkItem(
  strapi: Core.Strapi,
  uid: string | undefined,
  item: unknown,
  at: string,
  errors: FieldError[],
) {
  if (typeof item === 'string') {
    for (const part of item.split(',')) {
      const [field = '', direction = 'asc', ...rest] = part.trim().split(':');
      if (rest.length > 0 || !/^(asc|desc)$/i.test(direction))
        errors.push(problem(at, '方向应为 asc 或 desc', 'the direction must be asc or desc'));
      else if (!knownPath(strapi, uid, field.split('.')))
        errors.push(problem(at, `没有这个字段：${field}`, `no such field: ${field}`));
    }
  } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    // `{ a: 'desc' }`, `{ organization: { name: 'asc' } }`
    const walk = (value: unknown, path: string[]) => {
      if (typeof value === 'string') {
        if (!/^(asc|desc)$/i.test(value))
          errors.push(problem(at, '方向应为 asc 或 desc', 'the direction must be asc or desc'));
        else if (!knownPath(strapi, uid, path))
          errors.push(
            problem(at, `没有这个字段：${path.join('.')}`, `no such field: ${path.join('.')}`),
          );
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
      } else errors.push(problem(at, '格式无效', 'malformed'));
    };
    walk(item, []);
  } else {
    errors.push(problem(at, '格式无效', 'malformed'));
  }
}

/** Field errors for `sort` on a list of `uid` (undefined: shape only). */
export function listSortErrors(strapi: Core.Strapi, uid: string | undefined, sort: unknown) {
  const errors: FieldError[] = [];
  if (sort === undefined || sort === '') return errors;
  if (Array.isArray(sort))
    sort.forEach((item, i) => {
      checkItem(strapi, uid, item, `sort.${i}`, errors);
    });
  else checkItem(strapi, uid, sort, 'sort', errors);
  return errors.slice(0, 10);
}
