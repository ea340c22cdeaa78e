import { formatFen, invoiceKinds } from '@pvis/config';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../beijing-time';
import { labelOf } from '../organization/labels';
import { InvoiceStatusTag } from './InvoiceTags';
import { type Invoice, orderNumberOf } from './types';

/** The invoice's fields as requested, and its number and date once issued. */
export const InvoiceDetails = ({
  invoice,
  withOrder,
}: {
  invoice: Invoice;
  withOrder?: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const optional: [string, string | null | undefined][] = [
    ['mobile', invoice.mobile],
    ['address', invoice.address],
    ['phone', invoice.phone],
    ['bank', invoice.bank],
    ['bankAccount', invoice.bankAccount],
    ['remarks', invoice.remarks],
  ];
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="invoice-details">
      {withOrder && (
        <Descriptions.Item label={t('orders.orderNumber')}>
          {orderNumberOf(invoice)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('invoices.status')}>
        <InvoiceStatusTag status={invoice.invoiceStatus} />
      </Descriptions.Item>
      <Descriptions.Item label={t('invoices.kind')}>
        {labelOf(invoiceKinds, invoice.kind, i18n.language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('invoices.amount')}>
        {formatFen(invoice.amountFen)}
      </Descriptions.Item>
      <Descriptions.Item label={t('invoices.title')}>{invoice.title}</Descriptions.Item>
      <Descriptions.Item label={t('invoices.taxNumber')}>{invoice.taxNumber}</Descriptions.Item>
      <Descriptions.Item label={t('invoices.email')}>{invoice.email}</Descriptions.Item>
      {optional
        .filter(([, value]) => !!value)
        .map(([field, value]) => (
          <Descriptions.Item key={field} label={t(`invoices.${field}`)}>
            {value}
          </Descriptions.Item>
        ))}
      {invoice.invoiceNumber && (
        <Descriptions.Item label={t('invoices.number')}>
          <span data-testid="invoice-number">{invoice.invoiceNumber}</span>
        </Descriptions.Item>
      )}
      {invoice.issuedAt && (
        <Descriptions.Item label={t('invoices.issuedAt')}>
          {formatDateTime(invoice.issuedAt)}
        </Descriptions.Item>
      )}
      {invoice.buyerDeducted && (
        <Descriptions.Item label={t('invoices.deducted')}>{t('invoices.yes')}</Descriptions.Item>
      )}
      {invoice.rejectionReason && (
        <Descriptions.Item label={t('invoices.rejectionReason')}>
          {invoice.rejectionReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
