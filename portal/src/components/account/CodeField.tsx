import { VERIFICATION_CODE_DIGITS, verificationCode } from '@pvis/config';
import { Form, type FormInstance, Input, Space } from 'antd';
import { useSchemaField } from '../schema-rules';
import {
  type CodeChannel,
  type CodePurpose,
  type CodeRoute,
  SendCodeButton,
} from './SendCodeButton';

/**
 * A verification code (config's rule) with its send button. The code goes to the value of
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
  const field = useSchemaField();
  return (
    <Form.Item label={label} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={name} noStyle {...field(verificationCode)}>
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={VERIFICATION_CODE_DIGITS}
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
