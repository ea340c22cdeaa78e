import { checkInput, type InputSchema } from '@pvis/config';
import { invalidFields } from '../errors';
import { fieldErrorsOf } from '../http/request-schema';
import { unknownFieldErrors } from './known-fields';

/**
 * A route's body checked by its request schema (`@pvis/config`): fields the route does not take
 * are refused by name and every broken rule is named, all in one 400, before anything is read
 * or written. `fields`: what the route takes (the keys of the schema's rules).
 */
export function parseRequestBody<S extends InputSchema>(
  schema: S,
  fields: readonly string[],
  body: Record<string, unknown>,
): S['_output'] {
  const unknown = unknownFieldErrors(body, fields);
  const result = checkInput(schema, body);
  if (result.ok && unknown.length === 0) return result.value;
  throw invalidFields([...unknown, ...(result.ok ? [] : fieldErrorsOf(result.problems))]);
}
