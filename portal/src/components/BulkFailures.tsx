import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * What a bulk action could not do, row by row, under a closable warning: the same notice on the
 * review queues, the person list and the bring-forward list.
 */
export const BulkFailures = ({
  title,
  children,
  onClose,
  style = { marginBottom: 12 },
  testId,
}: {
  title: string;
  /** One element per refused row. */
  children: ReactNode;
  onClose: () => void;
  style?: CSSProperties;
  testId?: string;
}) => (
  <Alert
    type="warning"
    showIcon
    closable
    onClose={onClose}
    data-testid={testId}
    style={style}
    message={title}
    description={children}
  />
);
