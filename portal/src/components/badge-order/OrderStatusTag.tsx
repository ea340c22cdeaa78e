import { badgeOrderStatusLabels } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const COLOURS: Record<string, string> = {
  pendingPayment: 'orange',
  paid: 'green',
  cancelled: 'default',
  expired: 'default',
  partiallyRefunded: 'purple',
  refunded: 'purple',
};

/** An order's state in the operator guide's words. */
export const OrderStatusTag = ({ status }: { status: string }) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={COLOURS[status] ?? 'default'} data-testid="order-status">
      {labelOf(badgeOrderStatusLabels, status, i18n.language)}
    </Tag>
  );
};
