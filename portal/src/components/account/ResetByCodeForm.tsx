import { isValidEmail, isValidInternationalMobile, isValidMobile } from '@pvis/config';
import { Button, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import { CodeField } from './CodeField';
import { FormError } from './FormError';
import { PasswordFields } from './PasswordFields';
import type { CodeChannel } from './SendCodeButton';
import { jwtOf } from './useSignIn';

interface ResetValues {
  target?: string;
  code?: string;
  password?: string;
  passwordConfirmation?: string;
}

const FIELDS = ['target', 'code', 'password', 'passwordConfirmation'];

/**
 * Phone or email + code + new password + confirmation → `POST /api/auth/reset-by-code`.
 * Used by 忘记密码 and by 往届专业观众 (verify by code). `onDone` receives the JWT.
 */
export const ResetByCodeForm = ({
  submitLabel,
  onDone,
}: {
  submitLabel: string;
  onDone: (jwt: string) => Promise<void>;
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
      const body = await request<Parameters<typeof jwtOf>[0]>('/api/auth/reset-by-code', {
        method: 'POST',
        auth: false,
        body: {
          data: {
            channel,
            target: values.target?.trim(),
            code: values.code?.trim(),
            password: values.password,
            passwordConfirmation: values.passwordConfirmation,
          },
        },
      });
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
      <Form.Item
        label={channel === 'sms' ? t('registration.mobile') : t('code.email')}
        name="target"
        rules={[
          {
            required: true,
            message:
              channel === 'sms'
                ? t('registration.mobileRequired')
                : t('registration.emailRequired'),
          },
          {
            validator: (_r, value) => {
              const v = String(value ?? '').trim();
              if (!v) return Promise.resolve();
              const ok =
                channel === 'sms'
                  ? isValidMobile(v) || isValidInternationalMobile(v)
                  : isValidEmail(v);
              return ok
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      channel === 'sms'
                        ? t('registration.mobileInvalid')
                        : t('registration.emailInvalid'),
                    ),
                  );
            },
          },
        ]}
      >
        <Input inputMode={channel === 'sms' ? 'tel' : 'email'} data-testid="code-target" />
      </Form.Item>
      <CodeField
        form={form}
        name="code"
        label={t('code.code')}
        targetField="target"
        channel={channel}
        purpose="resetPassword"
        testId="code-input"
      />
      <PasswordFields />
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
