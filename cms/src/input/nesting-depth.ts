import { type FieldError, fieldError } from '../errors';

/**
 * Deeper than any form, filter or upload of this system nests (a person with its components is
 * about five levels). Every later check (NUL bytes, Strapi's validators and sanitizers) walks
 * a body recursively, so `{"data":[[[[…5000 levels…]]]]}` overflowed the stack: a 500 on every
 * route. Measured without recursion so the measuring cannot overflow too.
 */
export const MAX_NESTING = 32;

/** A field error when `value` nests arrays or objects deeper than MAX_NESTING; `root` names it. */
export function nestingErrors(value: unknown, root: string): FieldError[] {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null || Buffer.isBuffer(item)) continue;
    if (depth >= MAX_NESTING)
      return [
        fieldError(
          root,
          'tooDeep',
          `内容嵌套过深（最多 ${MAX_NESTING} 层）`,
          `The content is nested too deeply (at most ${MAX_NESTING} levels)`,
        ),
      ];
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return [];
}
