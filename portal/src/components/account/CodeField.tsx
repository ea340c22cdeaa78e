import { Form, type FormInstance, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type CodeChannel,
  type CodePurpose,
  type CodeRoute,
  SendCodeButton,
} from './SendCodeButton';

/**
 * A 6-digit verification code with its send button. The code goes to the value of
 * `targetField` once that field validates; a refused send is shown on that field.
 */
export const CodeField = ({
  form,
  name,
  label,
  targetField,
  channel,
  purpose,
  route,
  testId,
}: {
  form: FormInstance;
  name: string;
  label: string;
  targetField: string;
  channel: CodeChannel;
  purpose: CodePurpose;
  route?: CodeRoute;
  testId: string;
}) => {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={name}
          noStyle
          rules={[
            { required: true, message: t('registration.smsCodeRequired') },
            { pattern: /^\d{6}$/, message: t('registration.smsCodeInvalid') },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            data-testid={testId}
            aria-label={label}
          />
        </Form.Item>
        <SendCodeButton
          channel={channel}
          purpose={purpose}
          route={route}
          getTarget={async () => {
            try {
              const values = await form.validateFields([targetField]);
              return String(values[targetField] ?? '').trim() || null;
            } catch {
              return null;
            }
          }}
          onError={(message) => form.setFields([{ name: targetField, errors: [message] }])}
        />
      </Space.Compact>
    </Form.Item>
  );
};
