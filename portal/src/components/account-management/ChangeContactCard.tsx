import { App, Button, Card, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeField } from '../account/CodeField';
import { CodeTargetField } from '../account/CodeTargetField';
import type { CodeChannel } from '../account/SendCodeButton';
import { CurrentPasswordField } from './CurrentPasswordField';
import { useAccountAction } from './useAccountAction';

/** The form's fields are named as the server names them: `mobile` or `email`, `code`, … */
type Values = Record<'mobile' | 'email' | 'code' | 'currentPassword', string | undefined>;

/**
 * 更换手机 / 更换邮箱: a code goes to the NEW mobile or email (proving it), then the current
 * password confirms the change.
 */
export const ChangeContactCard = ({
  channel,
  current,
}: {
  channel: CodeChannel;
  current: string | null;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const field = channel === 'sms' ? 'mobile' : 'email';
  const { run, busy } = useAccountAction(form, [field, 'code', 'currentPassword']);
  const submit = async (values: Values) => {
    const changed = await run(`/api/account/${field}`, 'put', {
      data: {
        [field]: values[field]?.trim(),
        code: values.code?.trim(),
        currentPassword: values.currentPassword,
      },
    });
    if (!changed) return;
    form.resetFields();
    message.success(t(channel === 'sms' ? 'account.mobileChanged' : 'account.emailChanged'));
  };
  return (
    <Card
      title={t(channel === 'sms' ? 'account.changeMobile' : 'account.changeEmail')}
      data-testid={`change-${field}`}
    >
      <Typography.Paragraph type="secondary">
        {t(channel === 'sms' ? 'account.currentMobile' : 'account.currentEmail', {
          value: current ?? t('account.none'),
        })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <CodeTargetField
          channel={channel}
          name={field}
          label={t(channel === 'sms' ? 'account.newMobile' : 'account.newEmail')}
          testId={`new-${field}-input`}
        />
        <CodeField
          form={form}
          name="code"
          label={t('code.code')}
          targetField={field}
          channel={channel}
          purpose={channel === 'sms' ? 'changeMobile' : 'changeEmail'}
          route="/api/account/contact-code"
          testId={`${field}-code-input`}
        />
        <CurrentPasswordField />
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('account.confirmChange')}
        </Button>
      </Form>
    </Card>
  );
};
