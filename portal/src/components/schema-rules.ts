import { fieldProblem, type InputSchema, isRequiredField } from '@pvis/config';
import type { FormItemProps } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

/** The antd rule of a schema: its first problem, in `language`, under the field. */
export const schemaRule = (schema: InputSchema, language: string): RuleObject => ({
  validator: async (_rule, value) => {
    const problem = fieldProblem(schema, value);
    if (problem) throw new Error(language === 'en' ? problem.en : problem.zh);
  },
});

/**
 * The antd side of a request schema in `@pvis/config`: the field's rule (its message in the UI
 * language, exactly the cms's wording) and the required mark. Spread onto a Form.Item:
 * `<Form.Item name="email" {...field(registrationRules(category).email)}>`.
 */
export function schemaField(
  schema: InputSchema,
  language: string,
): Pick<FormItemProps, 'rules' | 'required'> {
  return { rules: [schemaRule(schema, language)], required: isRequiredField(schema) };
}

/** schemaField in the current UI language. */
export function useSchemaField() {
  const { i18n } = useTranslation();
  return (schema: InputSchema) => schemaField(schema, i18n.language);
}
