import { Alert } from 'antd';

/** The error above a form that no single field owns; nothing when there is none. */
export const FormError = ({ message, testId }: { message: string | null; testId: string }) =>
  message ? (
    <Alert
      type="error"
      showIcon
      message={message}
      role="alert"
      data-testid={testId}
      style={{ marginBottom: 16 }}
    />
  ) : null;
