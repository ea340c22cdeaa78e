import { isCalendarDay } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import { type FieldError, fieldError } from '../errors';

/**
 * One check of `filters` for every list and export (Strapi's generic lists, our SQL lists in
 * access/scoped-list.ts, the XLSX exports): the shape Strapi's query engine can run, and values
 * its field types can cast. Without it `filters=1`, `filters[$or]=`, a one-value `$between`
 * or `filters[id][$eq]=abc` reached the query builder and came back as a 500 (or, on an export,
 * a 200 whose stream then died).
 */

export type Attribute = {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
};

const LIST_OPERATORS = new Set(['$in', '$notIn']);
const SCALAR_OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
]);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal', 'increments']);
/** PostgreSQL's integer; biginteger columns take more, but no filter here needs it. */
const INT_MAX = 2_147_483_647;
const MAX_DEPTH = 6;

const problem = (path: string, zh: string, en: string) =>
  fieldError(
    path,
    'invalidFilter',
    `筛选条件无效（${path}）：${zh}`,
    `Invalid filter ${path}: ${en}`,
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Whether a scalar casts to the attribute's type the way Strapi's database fields do. */
function castable(type: string, value: unknown): boolean {
  if (value === null) return true;
  const text = String(value).trim();
  if (NUMBER_TYPES.has(type)) {
    if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return false;
    const number = Number(text);
    if (!Number.isFinite(number)) return false;
    return type === 'integer' || type === 'increments'
      ? Number.isInteger(number) && Math.abs(number) <= INT_MAX
      : true;
  }
  if (type === 'date') return isCalendarDay(text.slice(0, 10));
  if (type === 'datetime' || type === 'timestamp')
    return /^\d{4}-\d{2}-\d{2}/.test(text)
      ? isCalendarDay(text.slice(0, 10)) && !Number.isNaN(Date.parse(text))
      : /^\d{1,15}$/.test(text);
  if (type === 'time') return /^(2[0-3]|[01]\d):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(text);
  return true;
}

const typeMessage = (type: string) =>
  NUMBER_TYPES.has(type)
    ? (['应为数字', 'must be a number'] as const)
    : type === 'date'
      ? (['应为 yyyy-MM-dd 日期', 'must be a yyyy-MM-dd date'] as const)
      : (['日期时间格式无效', 'must be an ISO date-time'] as const);

interface Walk {
  strapi: Core.Strapi;
  errors: FieldError[];
}

/** A model's attributes with `id` and `documentId`, which every record has; undefined: unknown uid. */
export function attributesOf(strapi: Core.Strapi, uid: string | undefined) {
  if (!uid) return undefined;
  const model = strapi.getModel(uid as UID.Schema) as
    | { attributes: Record<string, Attribute> }
    | undefined;
  if (!model) return undefined;
  return {
    id: { type: 'increments' },
    documentId: { type: 'string' },
    ...model.attributes,
  } as Record<string, Attribute>;
}

/** The model a relation, media or component attribute leads to. */
export const targetOf = (attribute: Attribute | undefined) =>
  attribute?.type === 'relation' || attribute?.type === 'media'
    ? (attribute.target ?? (attribute.type === 'media' ? 'plugin::upload.file' : undefined))
    : attribute?.type === 'component'
      ? attribute.component
      : undefined;

/** Operators applied to one attribute (`filters[name][$containsi]=…`). */
function checkOperators(walk: Walk, type: string, value: unknown, path: string, depth: number) {
  if (depth > MAX_DEPTH) {
    walk.errors.push(problem(path, '嵌套层级过深', 'nested too deeply'));
    return;
  }
  // `filters[id]=1` means $eq, `filters[id][0]=1&filters[id][1]=2` means $in.
  if (!isRecord(value)) {
    checkOperand(walk, type, '$in', value, path);
    return;
  }
  for (const [operator, operand] of Object.entries(value)) {
    const at = `${path}.${operator}`;
    if (operator === '$not') {
      if (!isRecord(operand))
        walk.errors.push(problem(at, '$not 后应为条件', '$not takes a condition'));
      else checkOperators(walk, type, operand, at, depth + 1);
    } else if (operator === '$and' || operator === '$or') {
      if (!Array.isArray(operand) || operand.some((item) => !isRecord(item)))
        walk.errors.push(
          problem(at, `${operator} 后应为条件列表`, `${operator} takes a list of conditions`),
        );
      else
        operand.forEach((item, i) => {
          checkOperators(walk, type, item, `${at}.${i}`, depth + 1);
        });
    } else if (
      SCALAR_OPERATORS.has(operator) ||
      LIST_OPERATORS.has(operator) ||
      operator === '$between'
    ) {
      checkOperand(walk, type, operator, operand, at);
    } else if (operator !== '$jsonSupersetOf') {
      walk.errors.push(problem(at, `未知的运算符 ${operator}`, `unknown operator ${operator}`));
    }
  }
}

function checkOperand(walk: Walk, type: string, operator: string, operand: unknown, at: string) {
  if (operator === '$between') {
    if (!Array.isArray(operand) || operand.length !== 2 || !operand.every(isScalar)) {
      walk.errors.push(problem(at, '$between 需要两个值', '$between takes exactly two values'));
      return;
    }
  } else if (LIST_OPERATORS.has(operator)) {
    const values = Array.isArray(operand) ? operand : [operand];
    if (values.length === 0 || !values.every(isScalar)) {
      walk.errors.push(problem(at, '应为一个或多个值', 'takes one or more values'));
      return;
    }
  } else if (!isScalar(operand)) {
    walk.errors.push(problem(at, '应为单个值', 'takes a single value'));
    return;
  }
  if (operator === '$null' || operator === '$notNull') return;
  const values = Array.isArray(operand) ? operand : [operand];
  // Strapi casts every operand to the field's type, $contains on a number included.
  if (values.some((v) => !castable(type, v))) {
    const [zh, en] = typeMessage(type);
    walk.errors.push(problem(at, zh, en));
  }
}

/** A condition object: attributes (or $and/$or/$not of conditions) of the model `uid`. */
function checkCondition(
  walk: Walk,
  uid: string | undefined,
  condition: Record<string, unknown>,
  path: string,
  depth: number,
) {
  if (depth > MAX_DEPTH) {
    walk.errors.push(problem(path, '嵌套层级过深', 'nested too deeply'));
    return;
  }
  const attributes = attributesOf(walk.strapi, uid);
  for (const [key, value] of Object.entries(condition)) {
    const at = `${path}.${key}`;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.some((item) => !isRecord(item)))
        walk.errors.push(problem(at, `${key} 后应为条件列表`, `${key} takes a list of conditions`));
      else
        value.forEach((item, i) => {
          checkCondition(walk, uid, item, `${at}.${i}`, depth + 1);
        });
      continue;
    }
    if (key === '$not') {
      if (!isRecord(value))
        walk.errors.push(problem(at, '$not 后应为条件', '$not takes a condition'));
      else checkCondition(walk, uid, value, at, depth + 1);
      continue;
    }
    if (key.startsWith('$')) {
      walk.errors.push(problem(at, '运算符应跟在字段之后', 'an operator must follow a field'));
      continue;
    }
    const attribute = attributes?.[key];
    if (attributes && !attribute) {
      walk.errors.push(problem(at, '没有这个字段', 'no such field'));
      continue;
    }
    const target = targetOf(attribute);
    if (!attribute || target || attribute.type === 'dynamiczone') {
      // A relation: a condition on the related record, or operators on its id.
      if (!isRecord(value)) checkOperand(walk, 'integer', '$in', value, at);
      else if (
        Object.keys(value).every((k) => k.startsWith('$') && !['$and', '$or', '$not'].includes(k))
      )
        checkOperators(walk, 'integer', value, at, depth + 1);
      else checkCondition(walk, target, value, at, depth + 1);
      continue;
    }
    checkOperators(walk, attribute.type, value, at, depth + 1);
  }
}

/**
 * Field errors for `filters` on a list of `uid` (undefined: shape only). Paths read
 * `filters.<field>.<operator>`, so the portal can show which filter was wrong.
 */
export function listFilterErrors(strapi: Core.Strapi, uid: string | undefined, filters: unknown) {
  const walk: Walk = { strapi, errors: [] };
  if (filters === undefined || filters === '') return walk.errors;
  if (!isRecord(filters)) {
    walk.errors.push(
      fieldError(
        'filters',
        'invalidFilter',
        '筛选条件格式无效，应为 filters[字段][运算符]=值',
        'filters must look like filters[field][operator]=value',
      ),
    );
    return walk.errors;
  }
  checkCondition(walk, uid, filters, 'filters', 0);
  return walk.errors.slice(0, 10);
}
