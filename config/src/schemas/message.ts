import type { ZodError, ZodType } from 'zod';

/**
 * One input problem in both languages, on the field it concerns (`path` joined with dots):
 * the shape the cms answers in a 4xx and the portal shows beside the field.
 */
export interface InputProblem {
  field: string;
  code: string;
  zh: string;
  en: string;
}

// zod keeps a single message string per issue, so a rule's code and both languages travel in
// it as JSON and are read back by problemsOf. Nothing else should parse these messages.
const encode = (code: string, zh: string, en: string) => JSON.stringify({ code, zh, en });

/**
 * The message of a rule, for any zod check or type: `z.string(bilingual(...))`,
 * `.max(50, bilingual(...))`, `.refine(fn, bilingual(...))`.
 */
export const bilingual = (code: string, zh: string, en: string) => ({
  error: encode(code, zh, en),
});

function decode(message: string): Omit<InputProblem, 'field'> {
  try {
    const parsed = JSON.parse(message) as Partial<InputProblem>;
    if (parsed && typeof parsed.code === 'string' && parsed.zh && parsed.en)
      return { code: parsed.code, zh: parsed.zh, en: parsed.en };
  } catch {
    // a check written without bilingual(): fall through to a generic message
  }
  return { code: 'invalid', zh: '格式不正确', en: message || 'Invalid value' };
}

/** Every problem of a failed parse, one per field (the first rule a field breaks). */
export function problemsOf(error: ZodError): InputProblem[] {
  const byField = new Map<string, InputProblem>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'data';
    if (!byField.has(field)) byField.set(field, { field, ...decode(issue.message) });
  }
  return [...byField.values()];
}

export type InputCheck<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Parses input with a schema: the normalised value, or every problem in both languages. */
export function checkInput<S extends ZodType>(schema: S, input: unknown): InputCheck<S['_output']> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/** The first problem of one field's value, or null: what a form shows under the field. */
export function fieldProblem(schema: ZodType, value: unknown): InputProblem | null {
  const result = checkInput(schema, value);
  return result.ok ? null : (result.problems[0] ?? null);
}

/**
 * A partial update: checks only the fields of `rules` that `data` sends. A blank value stays as
 * sent (it clears the field); a good one comes back normalised in `values`.
 */
export function checkSentFields(rules: Record<string, ZodType>, data: Record<string, unknown>) {
  const problems: InputProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(rules)) {
    if (!(field in data)) continue;
    const result = checkInput(schema, data[field]);
    if (!result.ok) {
      for (const p of result.problems)
        problems.push({ ...p, field: p.field === 'data' ? field : `${field}.${p.field}` });
    } else if (result.value !== undefined) values[field] = result.value;
  }
  return { problems, values };
}

/** True when the schema refuses an absent value: the form marks the field as required. */
export const isRequiredField = (schema: ZodType) => !schema.safeParse(undefined).success;

export type { ZodType as InputSchema } from 'zod';
