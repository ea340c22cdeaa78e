import { personPaymentStatuses, personStatusLabels } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const STATUS_COLOURS: Record<string, string> = {
  draft: 'default',
  toConfirm: 'gold',
  declined: 'default',
  pendingPayment: 'orange',
  inOrder: 'blue',
  pendingReview: 'processing',
  approved: 'green',
  rejected: 'red',
  inProduction: 'cyan',
  issued: 'success',
};

/** A person's lifecycle state, in the operator guide's words. */
export const PersonStatusTag = ({ status }: { status: string }) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} data-testid="person-status">
      {labelOf(personStatusLabels, status, i18n.language)}
    </Tag>
  );
};

export const PaymentStatusTag = ({ status }: { status: string | null | undefined }) => {
  const { i18n } = useTranslation();
  if (!status) return null;
  const colour = status === 'paid' ? 'green' : status === 'free' ? 'blue' : 'default';
  return (
    <Tag color={colour} data-testid="payment-status">
      {labelOf(personPaymentStatuses, status, i18n.language)}
    </Tag>
  );
};
