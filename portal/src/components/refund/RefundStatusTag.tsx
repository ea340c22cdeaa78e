import { refundStatusLabels } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const COLOURS: Record<string, string> = {
  requested: 'orange',
  processing: 'blue',
  succeeded: 'green',
  failed: 'red',
};

/** A refund's state: 待处理 / 处理中 / 成功 / 失败. */
export const RefundStatusTag = ({ status }: { status: string }) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={COLOURS[status] ?? 'default'} data-testid="refund-status">
      {labelOf(refundStatusLabels, status, i18n.language)}
    </Tag>
  );
};
