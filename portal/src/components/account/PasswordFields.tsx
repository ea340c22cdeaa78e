import {
  confirmationProblem,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
  passwordProblem,
  passwordWording,
} from '@pvis/config';
import { Form, Input } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

/** The server's rule (config/), checked here only to help the user early. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;

// The password rule as a plain check, not the request schema: these fields sit on the light
// sign-in pages (colleague link, account recovery), which must not load the schema library.
const ruleOf = (problemOf: () => PasswordProblem | null, language: string): RuleObject => ({
  validator: async () => {
    const problem = problemOf();
    if (problem) throw new Error(passwordWording[problem][language === 'en' ? 'en' : 'zh']);
  },
});

/** 密码 + 确认密码, by the server's password rule (config/) and its wording. */
export const PasswordFields = ({
  name = 'password',
  confirmName = 'passwordConfirmation',
  label,
  confirmLabel,
}: {
  name?: string;
  confirmName?: string;
  /** e.g. 新密码 where the current password is asked too. */
  label?: string;
  confirmLabel?: string;
}) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Form.Item
        label={label ?? t('registration.password')}
        name={name}
        extra={t('registration.passwordHint', { min: PASSWORD_MIN })}
        required
        rules={[
          ({ getFieldValue }) => ruleOf(() => passwordProblem(getFieldValue(name)), i18n.language),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-input" />
      </Form.Item>
      <Form.Item
        label={confirmLabel ?? t('registration.passwordConfirmation')}
        name={confirmName}
        dependencies={[name]}
        required
        // The repeat is checked against the password as it is when the rule runs.
        rules={[
          ({ getFieldValue }) =>
            ruleOf(
              () => confirmationProblem(getFieldValue(confirmName), getFieldValue(name)),
              i18n.language,
            ),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm-input" />
      </Form.Item>
    </>
  );
};
