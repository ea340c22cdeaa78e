import { collectionMethods, formatFen, paymentMethods } from '@pvis/config';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OrderStatusTag } from '../../../components/badge-order/OrderStatusTag';
import { PaymentPanel } from '../../../components/badge-order/PaymentPanel';
import type { BadgeOrder, OrderLine } from '../../../components/badge-order/types';
import { formatDateTime } from '../../../components/beijing-time';
import { InvoicePanel } from '../../../components/invoice/InvoicePanel';
import { InvoiceStatusTag } from '../../../components/invoice/InvoiceTags';
import { labelOf } from '../../../components/organization/labels';
import { useEntryDateOptions } from '../../../components/person/useEntryDateOptions';
import { RefundList } from '../../../components/refund/RefundList';
import { type ApiError, request } from '../../../providers/http';

const POLL_MS = 3000;

/**
 * 订单详情: status, amounts, persons, collection; the buttons the server allows (`cancel`,
 * `pay`). While unpaid the page re-reads the order, so it turns paid when the gateway's
 * notification has been recorded.
 */
export const OrderShowPage = () => {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [order, setOrder] = useState<BadgeOrder | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const entryDates = useEntryDateOptions();

  const load = useCallback(async () => {
    try {
      const body = await request<{ data: BadgeOrder }>(`/api/badge-orders/${id}`);
      setOrder(body.data);
    } catch (e) {
      setFailure((e as ApiError).message);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);
  const unpaid = order?.orderStatus === 'pendingPayment';
  useEffect(() => {
    if (!unpaid) return;
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [unpaid, load]);

  const cancel = async () => {
    try {
      const body = await request<{ data: BadgeOrder }>(`/api/badge-orders/${id}/transitions`, {
        method: 'POST',
        body: { data: { action: 'cancel' } },
      });
      setOrder(body.data);
      message.success(t('orders.cancelled'));
    } catch (e) {
      message.error((e as ApiError).message);
    }
  };

  if (failure) return <Result status="404" title="404" subTitle={failure} />;
  if (!order) return <Spin />;
  const allowed = order.allowedActions ?? [];
  const address = order.expressAddressCopy;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {order.orderStatus === 'paid' && (
        <Alert type="success" showIcon message={t('orders.paidNotice')} data-testid="order-paid" />
      )}
      <Card
        size="small"
        title={`${t('orders.orderNumber')} ${order.orderNumber}`}
        extra={<OrderStatusTag status={order.orderStatus} />}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('orders.amountDue')}>
            <Typography.Text strong data-testid="order-amount">
              {formatFen(order.amountFen)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.headCount')}>{order.headCount}</Descriptions.Item>
          <Descriptions.Item label={t('orders.createdAt')}>
            {formatDateTime(order.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.collection')}>
            {labelOf(collectionMethods, order.collectionMethod, i18n.language)}
            {address &&
              ` · ${address.recipient} ${address.mobile} ${address.province}${address.city}${address.district} ${address.street}`}
          </Descriptions.Item>
          {unpaid && order.expiresAt && (
            <Descriptions.Item label={t('orders.expiresAt')}>
              {formatDateTime(order.expiresAt)}
            </Descriptions.Item>
          )}
          {order.paymentMethod && (
            <Descriptions.Item label={t('orders.paymentMethod')}>
              {labelOf(paymentMethods, order.paymentMethod, i18n.language)}
            </Descriptions.Item>
          )}
          {order.paidAt && (
            <Descriptions.Item label={t('orders.paidAt')}>
              {formatDateTime(order.paidAt)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('orders.invoice')}>
            {order.invoice ? (
              <InvoiceStatusTag
                status={order.invoice.invoiceStatus}
                testId="order-invoice-status"
              />
            ) : (
              t('orders.noInvoice')
            )}
          </Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 8 }}>
          {allowed.includes('cancel') && (
            <Popconfirm title={t('orders.cancelConfirm')} onConfirm={() => void cancel()}>
              <Button danger data-testid="order-cancel">
                {t('orders.cancel')}
              </Button>
            </Popconfirm>
          )}
          <Link to="/visitor/orders">
            <Button>{t('orders.backToList')}</Button>
          </Link>
        </Space>
      </Card>
      {allowed.includes('pay') && id && <PaymentPanel orderId={id} />}
      {!unpaid && <InvoicePanel key={order.orderStatus} order={order} />}
      <Card size="small" title={t('orders.persons')}>
        <Table<OrderLine>
          rowKey="personRef"
          size="small"
          pagination={false}
          scroll={{ x: 600 }}
          dataSource={order.lines ?? []}
          columns={[
            { title: t('persons.name'), dataIndex: 'personName' },
            { title: t('persons.idNumber'), dataIndex: 'idNumberMasked' },
            {
              title: t('persons.entryDate'),
              dataIndex: 'entryDateOption',
              render: (code: string) =>
                entryDates.find((o) => o.value === code)?.label.split(' · ')[0] ?? code,
            },
            {
              title: t('orders.fee'),
              dataIndex: 'feeFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
          ]}
        />
      </Card>
      {id && <RefundList orderId={id} />}
    </Space>
  );
};
