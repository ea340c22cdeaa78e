import { paymentMethods } from '@pvis/config';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { TransferPanel } from '../bank-transfer/TransferPanel';
import type { OrderTransfer } from '../bank-transfer/types';
import { labelOf } from '../organization/labels';
import type { PaymentPrompt } from './types';

const QR_METHODS = ['alipay', 'wechatPay', 'unionPay'] as const;

/** Posts the bank's signed form from the browser, as the B2B gateway expects (a redirect). */
function postToBank(prompt: Extract<PaymentPrompt, { kind: 'redirect' }>) {
  const form = document.createElement('form');
  form.method = prompt.method;
  form.action = prompt.url;
  for (const [name, value] of Object.entries(prompt.fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

/**
 * 去支付: one button per offered method; a QR method shows the code to scan (and, for the
 * sandbox, a link to its page), the B2B gateway sends the browser to the bank, bank transfer
 * shows the account, the reference and the remittance form (TransferPanel). The order page
 * polls the order, so it turns paid when the gateway's notification arrives.
 */
export const PaymentPanel = ({ orderId }: { orderId: string }) => {
  const { t, i18n } = useTranslation();
  const [method, setMethod] = useState<string | null>(null);
  const [qr, setQr] = useState<{ content: string; image: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [transfer, setTransfer] = useState<OrderTransfer | null>(null);

  // 银行转账 once chosen stays on screen: the reference, the form or finance's answer.
  const loadTransfer = useCallback(async () => {
    const body = await request<{ data: OrderTransfer }>(`/api/badge-orders/${orderId}/transfer`);
    setTransfer(body.data);
    if (body.data.reference) setMethod((current) => current ?? 'bankTransfer');
  }, [orderId]);
  useEffect(() => {
    void loadTransfer().catch(() => undefined);
  }, [loadTransfer]);

  const start = async (chosen: string) => {
    setBusy(true);
    setError(null);
    try {
      const body = await request<{ data: { prompt: PaymentPrompt } }>(
        `/api/badge-orders/${orderId}/payments`,
        { method: 'POST', body: { data: { method: chosen } } },
      );
      setMethod(chosen);
      const prompt = body.data.prompt;
      if (prompt.kind === 'transfer') {
        setQr(null);
        await loadTransfer();
      } else if (prompt.kind === 'redirect') postToBank(prompt);
      else {
        // The QR code maker loads only when a gateway asks for a scan.
        const { default: QRCode } = await import('qrcode');
        const image = await QRCode.toDataURL(prompt.qrContent, { width: 220, margin: 1 });
        setQr({ content: prompt.qrContent, image });
      }
    } catch (e) {
      // Field errors (e.g. 502 gatewayAnswerUnverified) come in the UI language.
      const failure = e as ApiError;
      setError(failure.errors ? Object.values(failure.errors).join('；') : failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('orders.pay')} data-testid="payment-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {[...QR_METHODS, 'b2bGateway', 'bankTransfer'].map((code) => (
            <Button
              key={code}
              loading={busy && method === code}
              type={method === code ? 'primary' : 'default'}
              onClick={() => void start(code)}
              data-testid={`pay-${code}`}
            >
              {code === 'bankTransfer'
                ? t('transfers.method')
                : labelOf(paymentMethods, code, i18n.language)}
            </Button>
          ))}
        </Space>
        {error && <Alert type="error" showIcon message={error} />}
        {method === 'bankTransfer' && transfer?.reference && (
          <TransferPanel orderId={orderId} transfer={transfer} onChange={setTransfer} />
        )}
        {qr && method && method !== 'bankTransfer' && (
          <Space direction="vertical" align="center" style={{ width: '100%' }}>
            <Typography.Text>
              {t('orders.scan', { method: labelOf(paymentMethods, method, i18n.language) })}
            </Typography.Text>
            <img
              src={qr.image}
              alt={t('orders.qrAlt')}
              width={220}
              height={220}
              data-testid="payment-qr"
            />
            <Typography.Link href={qr.content} target="_blank" data-testid="payment-link">
              {t('orders.openPaymentPage')}
            </Typography.Link>
          </Space>
        )}
      </Space>
    </Card>
  );
};
