import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@pvis/config';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The server's rule (config/), checked here only to help the user early. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;

/** 密码 + 确认密码, checked for length and equality; the server has the last word. */
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
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={label ?? t('registration.password')}
        name={name}
        extra={t('registration.passwordHint', { min: PASSWORD_MIN })}
        rules={[
          { required: true, message: t('registration.passwordRequired') },
          { min: PASSWORD_MIN, message: t('registration.passwordTooShort', { min: PASSWORD_MIN }) },
          {
            validator: (_r, value?: string) =>
              !value || value.length < PASSWORD_MIN || isStrongPassword(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('registration.passwordWeak'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-input" />
      </Form.Item>
      <Form.Item
        label={confirmLabel ?? t('registration.passwordConfirmation')}
        name={confirmName}
        dependencies={[name]}
        rules={[
          { required: true, message: t('registration.passwordConfirmationRequired') },
          ({ getFieldValue }) => ({
            validator: (_r, value) =>
              !value || value === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(t('registration.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm-input" />
      </Form.Item>
    </>
  );
};
