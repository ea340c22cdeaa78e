import { checkInput, type InputProblem, type InputSchema } from '@pvis/config';
import { type FieldError, fieldError, invalidFields } from '../errors';

/** A schema's problems in the cms's field-error shape (zh, en, code, path). */
export const fieldErrorsOf = (problems: InputProblem[]): FieldError[] =>
  problems.map((p) => fieldError(p.field, p.code, p.zh, p.en));

/**
 * Parses a request body (or part of it) with a schema from `@pvis/config`: the normalised value,
 * or a 400 with every field's problem in zh and en, before anything is written.
 */
export function parseRequest<S extends InputSchema>(schema: S, input: unknown): S['_output'] {
  const result = checkInput(schema, input);
  if (!result.ok) throw invalidFields(fieldErrorsOf(result.problems));
  return result.value;
}
