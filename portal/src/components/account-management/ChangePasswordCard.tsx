import { App, Button, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { setToken } from '../../providers/http';
import { PasswordFields } from '../account/PasswordFields';
import { CurrentPasswordField } from './CurrentPasswordField';
import { useAccountAction } from './useAccountAction';

interface Values {
  currentPassword?: string;
  password?: string;
  passwordConfirmation?: string;
}
const FIELDS = ['currentPassword', 'password', 'passwordConfirmation'];

/** 修改密码: the current password and a strong new one; other devices are signed out. */
export const ChangePasswordCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAccountAction(form, FIELDS);
  const submit = async (values: Values) => {
    let jwt: string | undefined;
    await run<{ data?: { jwt?: string } }>(
      '/api/account/password',
      'put',
      { data: values },
      {
        // Every earlier token is revoked, this one too: keep the new one before anything reloads.
        keep: (answer) => {
          jwt = answer?.data?.jwt;
          if (jwt) setToken(jwt);
        },
      },
    );
    if (!jwt) return;
    form.resetFields();
    message.success(t('account.passwordChanged'));
  };
  return (
    <Card title={t('account.changePassword')} data-testid="change-password">
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <CurrentPasswordField testId="current-password-input" />
        <PasswordFields
          label={t('account.newPassword')}
          confirmLabel={t('account.newPasswordConfirmation')}
        />
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          data-testid="change-password-submit"
        >
          {t('account.changePasswordSubmit')}
        </Button>
      </Form>
    </Card>
  );
};
