import { Button, Form, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import { CodeField } from './CodeField';
import { CodeTargetField } from './CodeTargetField';
import { FormError } from './FormError';
import { PasswordFields } from './PasswordFields';
import type { CodeChannel } from './SendCodeButton';
import { jwtOf } from './session-token';

interface ResetValues {
  target?: string;
  code?: string;
  password?: string;
  passwordConfirmation?: string;
}

const FIELDS = ['target', 'code', 'password', 'passwordConfirmation'];

/**
 * Phone or email + code + new password + confirmation → `POST /api/auth/reset-by-code`.
 * Used by 忘记密码 and by 往届专业观众 (verify by code). With `mode="signIn"` it is 验证码登录:
 * phone or email + code → `POST /api/auth/sign-in-by-code`, which also lifts a password lockout.
 * `onDone` receives the JWT.
 */
export const ResetByCodeForm = ({
  submitLabel,
  onDone,
  mode = 'reset',
}: {
  submitLabel: string;
  onDone: (jwt: string) => Promise<void>;
  mode?: 'reset' | 'signIn';
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResetValues>();
  const [channel, setChannel] = useState<CodeChannel>('sms');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: ResetValues) => {
    setBusy(true);
    setError(null);
    try {
      const code = { channel, target: values.target?.trim(), code: values.code?.trim() };
      const body = await request<Parameters<typeof jwtOf>[0]>(
        mode === 'signIn' ? '/api/auth/sign-in-by-code' : '/api/auth/reset-by-code',
        {
          method: 'POST',
          auth: false,
          body: {
            data:
              mode === 'signIn'
                ? code
                : {
                    ...code,
                    password: values.password,
                    passwordConfirmation: values.passwordConfirmation,
                  },
          },
        },
      );
      await onDone(jwtOf(body));
    } catch (e) {
      // server field names: `target`, `code`, `password`… (`channel` lands on the target)
      const fieldError = e as ApiError;
      const errors = { ...(fieldError.errors ?? {}) };
      if (errors.channel && !errors.target) errors.target = errors.channel;
      const rest = applyFieldErrors(form, { errors }, FIELDS).filter((p) => p.field !== 'channel');
      if (!Object.keys(errors).length || rest.length) {
        setError(rest.map((p) => p.message).join('；') || fieldError.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ResetValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => setError(null)}
    >
      <FormError message={error} testId="reset-error" />
      <Form.Item label={t('code.channel')}>
        <Segmented<CodeChannel>
          block
          value={channel}
          data-testid="code-channel"
          onChange={(value) => {
            setChannel(value);
            form.resetFields(['target', 'code']);
          }}
          options={[
            { value: 'sms', label: t('code.byPhone') },
            { value: 'email', label: t('code.byEmail') },
          ]}
        />
      </Form.Item>
      <CodeTargetField channel={channel} />
      <CodeField
        form={form}
        name="code"
        label={t('code.code')}
        targetField="target"
        channel={channel}
        purpose={mode === 'signIn' ? 'signIn' : 'resetPassword'}
        testId="code-input"
      />
      {mode === 'reset' && <PasswordFields />}
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={busy}
        data-testid="reset-submit"
      >
        {submitLabel}
      </Button>
    </Form>
  );
};
