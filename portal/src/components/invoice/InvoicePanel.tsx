import { recordRouteActions } from '@pvis/config';
import { Alert, App, Card, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import type { BadgeOrder } from '../badge-order/types';
import { InvoiceDetails } from './InvoiceDetails';
import { InvoicePdfButton } from './InvoicePdfButton';
import { InvoiceRequestForm } from './InvoiceRequestForm';
import { RedLetterTable } from './RedLetterTable';
import type { Invoice } from './types';

/** Order states an invoice may be asked for (the server decides; this only hides the form). */

/** The organization's own name: the invoice title of an order paid from its account. */
async function organizationName() {
  const body = await request<{ data: { name: string }[] }>('/api/organizations?fields[0]=name');
  return body.data[0]?.name ?? '';
}

/**
 * 发票 on the liaison's order page: the 申请开票 form for a paid order without a live invoice
 * (after a rejection, with finance's reason), then the invoice's state, 下载发票, and its
 * red-letter invoices or confirmations.
 */
export const InvoicePanel = ({
  order,
}: {
  order: BadgeOrder & { invoiceTitleLocked?: boolean | null };
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [invoice, setInvoice] = useState<Invoice | null | undefined>(undefined);
  const [lockedTitle, setLockedTitle] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await request<{ data: Invoice[] }>(
        `/api/invoices?filters[orderRef][$eq]=${encodeURIComponent(order.documentId)}&sort=id:desc&pagination[pageSize]=1`,
      );
      const latest = list.data[0];
      setInvoice(
        latest
          ? (await request<{ data: Invoice }>(`/api/invoices/${latest.documentId}`)).data
          : null,
      );
    } catch (error) {
      message.error((error as ApiError).message);
    }
  }, [order.documentId, message]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (order.invoiceTitleLocked) void organizationName().then(setLockedTitle);
  }, [order.invoiceTitleLocked]);

  // 申请开票 when the server offers it on this order (paid, no standing invoice).
  const canRequest = (order.allowedActions ?? []).includes(recordRouteActions.requestInvoice);
  if (invoice === undefined) return <Spin />;
  if (!invoice && !canRequest) return null;
  return (
    <Card size="small" title={t('invoices.panelTitle')} data-testid="invoice-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        {invoice && invoice.invoiceStatus !== 'rejected' && (
          <>
            <InvoiceDetails invoice={invoice} />
            {invoice.invoiceStatus === 'requested' && (
              <Alert type="info" showIcon message={t('invoices.waitingNotice')} />
            )}
            {invoice.allowedActions?.includes(recordRouteActions.downloadPdf) && (
              <InvoicePdfButton invoice={invoice} primary />
            )}
            {(invoice.redLetters?.length ?? 0) > 0 && (
              <RedLetterTable redLetters={invoice.redLetters ?? []} />
            )}
          </>
        )}
        {invoice?.invoiceStatus === 'rejected' && (
          <Alert
            type="warning"
            showIcon
            message={t('invoices.rejectedNotice', { reason: invoice.rejectionReason ?? '' })}
            data-testid="invoice-rejected"
          />
        )}
        {canRequest && (order.invoiceTitleLocked ? lockedTitle !== null : true) && (
          <InvoiceRequestForm
            orderId={order.documentId}
            lockedTitle={order.invoiceTitleLocked ? lockedTitle : null}
            onRequested={() => void load()}
          />
        )}
      </Space>
    </Card>
  );
};
