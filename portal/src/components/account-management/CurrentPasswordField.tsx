import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** 当前密码: every change to the account (password, mobile, email, handover) is confirmed by it. */
export const CurrentPasswordField = ({ testId }: { testId?: string }) => {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('account.currentPassword')}
      name="currentPassword"
      rules={[{ required: true, message: t('account.currentPasswordRequired') }]}
    >
      <Input.Password autoComplete="current-password" data-testid={testId} />
    </Form.Item>
  );
};
