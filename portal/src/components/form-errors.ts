import type { FormInstance } from 'antd';
import type { ApiError } from '../providers/http';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The server's per-field messages (already in the UI language), one per field. */
export const fieldProblemsOf = (error: unknown): FieldProblem[] =>
  Object.entries((error as Partial<ApiError> | null)?.errors ?? {}).map(([field, message]) => ({
    field,
    message,
  }));

/**
 * Shows the server's field errors on the form's fields. Returns the problems whose field is
 * not on this form (to list them elsewhere).
 */
export const applyFieldErrors = (
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
): FieldProblem[] => {
  const problems = fieldProblemsOf(error);
  const known = problems.filter((p) => formFields.includes(p.field.split('.')[0] ?? p.field));
  form.setFields(
    known.map((p) => ({ name: p.field.split('.')[0] ?? p.field, errors: [p.message] })),
  );
  return problems.filter((p) => !known.includes(p));
};
