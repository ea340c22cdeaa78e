import { newPassword, PASSWORD_MIN_LENGTH, passwordConfirmation } from '@pvis/config';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRule, useSchemaField } from '../schema-rules';

/** The server's rule (config/), checked here only to help the user early. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;

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
  const field = useSchemaField();
  return (
    <>
      <Form.Item
        label={label ?? t('registration.password')}
        name={name}
        extra={t('registration.passwordHint', { min: PASSWORD_MIN })}
        {...field(newPassword)}
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
            schemaRule(passwordConfirmation(getFieldValue(name)), i18n.language),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm-input" />
      </Form.Item>
    </>
  );
};
