import type { FieldError } from '../../src/errors';

/** An answer as supertest gives it: refusals carry their field errors in `error.details`. */
interface Answer {
  body: { error?: { details?: { errors?: unknown[] } } };
}

/** The field errors of an answer, each with its path, code and zh/en message (none if it has none). */
export const errorsOf = (response: Answer) =>
  (response.body?.error?.details?.errors ?? []) as FieldError[];

/** The field each error names (the first step of its path), in the order the server gave them. */
export const fieldsOf = (response: Answer) => errorsOf(response).map((error) => error.path[0]);
