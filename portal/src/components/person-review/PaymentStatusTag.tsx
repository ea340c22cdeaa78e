import { personPaymentStatuses } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const COLORS: Record<string, string> = {
  unpaid: 'default',
  paid: 'success',
  refunded: 'warning',
  free: 'blue',
};

/** 支付状态 of a person (free: badge reuse, no order). */
export const PaymentStatusTag = ({ status }: { status: string | null | undefined }) => {
  const { i18n } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="payment-status">
      {labelOf(personPaymentStatuses, status, i18n.language)}
    </Tag>
  );
};
