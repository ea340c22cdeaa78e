import { isValidCodeTarget } from '@pvis/config';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeChannel } from './SendCodeButton';

/** The mobile number or email a code goes to, checked by the cms's rule for the chosen channel. */
export const CodeTargetField = ({
  channel,
  name = 'target',
  label,
  testId = 'code-target',
}: {
  channel: CodeChannel;
  name?: string;
  label?: string;
  testId?: string;
}) => {
  const { t } = useTranslation();
  const sms = channel === 'sms';
  return (
    <Form.Item
      label={label ?? (sms ? t('registration.mobile') : t('code.email'))}
      name={name}
      rules={[
        {
          required: true,
          message: sms ? t('registration.mobileRequired') : t('registration.emailRequired'),
        },
        {
          validator: (_r, value) => {
            const v = String(value ?? '').trim();
            if (!v) return Promise.resolve();
            return isValidCodeTarget(channel, v)
              ? Promise.resolve()
              : Promise.reject(
                  new Error(sms ? t('registration.mobileInvalid') : t('registration.emailInvalid')),
                );
          },
        },
      ]}
    >
      <Input inputMode={sms ? 'tel' : 'email'} data-testid={testId} />
    </Form.Item>
  );
};
