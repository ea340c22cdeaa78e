import { invoiceStatusLabels, redLetterConfirmationLabels } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const STATUS_COLOURS: Record<string, string> = {
  requested: 'orange',
  issued: 'green',
  reversalPending: 'volcano',
  reversed: 'red',
  rejected: 'default',
};
const CONFIRMATION_COLOURS: Record<string, string> = {
  notRequired: 'default',
  pending: 'orange',
  confirmed: 'green',
  expired: 'default',
};

/** An invoice's state (待开票, 已开具, 红字确认中, 已红冲, 已驳回). */
export const InvoiceStatusTag = ({
  status,
  testId = 'invoice-status',
}: {
  status: string;
  testId?: string;
}) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} data-testid={testId}>
      {labelOf(invoiceStatusLabels, status, i18n.language)}
    </Tag>
  );
};

/** A red-letter confirmation's state (待确认, 已确认, 已逾期). */
export const ConfirmationTag = ({ status }: { status: string }) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={CONFIRMATION_COLOURS[status] ?? 'default'} data-testid="confirmation-status">
      {labelOf(redLetterConfirmationLabels, status, i18n.language)}
    </Tag>
  );
};
