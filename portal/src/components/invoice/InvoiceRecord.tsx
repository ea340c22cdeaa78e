import { type InvoiceAction, recordRouteActions } from '@pvis/config';
import { App, Button, Card, Popconfirm, Result, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ApiError, request } from '../../providers/http';
import { RejectReasonModal } from '../organization/RejectReasonModal';
import { InvoiceDetails } from './InvoiceDetails';
import { InvoicePdfButton } from './InvoicePdfButton';
import { RedLetterTable } from './RedLetterTable';
import type { Invoice } from './types';

/**
 * Finance's invoice record: the request, then exactly the buttons the server allows — 开具,
 * 驳回 (reason), 标记已抵扣, 红冲 (reason; a red-letter invoice, or a 红字确认单 when the buyer
 * deducted it), 确认红字确认单 — and the PDFs.
 */
export const InvoiceRecord = ({ backPath }: { backPath: string }) => {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [invoice, setInvoice] = useState<Invoice | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState<'reject' | 'reverse' | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setInvoice((await request<{ data: Invoice }>(`/api/invoices/${id}`)).data);
    } catch (error) {
      setFailure((error as ApiError).message);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const post = async (path: string, data: Record<string, unknown>, done: string) => {
    setBusy(true);
    try {
      const body = await request<{ data: Invoice }>(`/api/invoices/${id}/${path}`, {
        method: 'POST',
        body: { data },
      });
      setInvoice(body.data);
      message.success(t(done));
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  const act = (action: InvoiceAction, done: string, reason?: string) =>
    post('transitions', { action, reason }, done);

  if (failure) return <Result status="404" title="404" subTitle={failure} />;
  if (!invoice) return <Spin />;
  const allowed = invoice.allowedActions ?? [];
  const reversal = allowed.includes('reverse') || allowed.includes('raiseRedLetterConfirmation');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('invoices.recordTitle')} data-testid="invoice-record">
        <InvoiceDetails invoice={invoice} withOrder />
        <Space wrap style={{ marginTop: 12 }}>
          {allowed.includes('issue') && (
            <Popconfirm
              title={t('invoices.issueConfirm')}
              onConfirm={() => void act('issue', 'invoices.issued')}
            >
              <Button type="primary" loading={busy} data-testid="invoice-issue">
                {t('invoices.issue')}
              </Button>
            </Popconfirm>
          )}
          {allowed.includes('reject') && (
            <Button danger onClick={() => setAsking('reject')} data-testid="invoice-reject">
              {t('invoices.reject')}
            </Button>
          )}
          {allowed.includes(recordRouteActions.markDeducted) && (
            <Popconfirm
              title={t('invoices.markDeductedConfirm')}
              onConfirm={() =>
                void post('buyer-deducted', { buyerDeducted: true }, 'invoices.markedDeducted')
              }
            >
              <Button loading={busy} data-testid="invoice-mark-deducted">
                {t('invoices.markDeducted')}
              </Button>
            </Popconfirm>
          )}
          {reversal && (
            <Button danger onClick={() => setAsking('reverse')} data-testid="invoice-reverse">
              {t('invoices.reverse')}
            </Button>
          )}
          {allowed.includes('confirmRedLetter') && (
            <Popconfirm
              title={t('invoices.confirmRedLetterConfirm')}
              onConfirm={() => void act('confirmRedLetter', 'invoices.redLetterConfirmed')}
            >
              <Button type="primary" loading={busy} data-testid="invoice-confirm-red-letter">
                {t('invoices.confirmRedLetter')}
              </Button>
            </Popconfirm>
          )}
          {allowed.includes(recordRouteActions.downloadPdf) && (
            <InvoicePdfButton invoice={invoice} />
          )}
          <Link to={backPath}>
            <Button>{t('invoices.backToList')}</Button>
          </Link>
        </Space>
      </Card>
      {(invoice.redLetters?.length ?? 0) > 0 && (
        <Card size="small" title={t('invoices.redLetters')}>
          <RedLetterTable redLetters={invoice.redLetters ?? []} />
        </Card>
      )}
      <RejectReasonModal
        open={asking !== null}
        title={t(asking === 'reject' ? 'invoices.rejectTitle' : 'invoices.reverseTitle')}
        okText={t(asking === 'reject' ? 'invoices.reject' : 'invoices.reverse')}
        onCancel={() => setAsking(null)}
        onConfirm={async (reason) => {
          await act(
            asking === 'reject' ? 'reject' : 'reverse',
            asking === 'reject' ? 'invoices.rejected' : 'invoices.reversed',
            reason,
          );
          setAsking(null);
        }}
      />
    </Space>
  );
};
