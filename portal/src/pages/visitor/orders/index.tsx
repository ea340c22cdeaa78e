import { collectionMethods, formatFen, paymentMethods } from '@pvis/config';
import { type HttpError, useTable } from '@refinedev/core';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrderStatusTag } from '../../../components/badge-order/OrderStatusTag';
import type { BadgeOrder } from '../../../components/badge-order/types';
import { formatDateTime } from '../../../components/beijing-time';
import { listTableProps } from '../../../components/list-table';
import { labelOf } from '../../../components/organization/labels';

/** 人员证件订单: the organization's orders, newest first. */
export const OrderListPage = () => {
  const { t, i18n } = useTranslation();
  const table = useTable<BadgeOrder, HttpError>({
    resource: 'badge-orders',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
  });
  return (
    <Card size="small" title={t('menu.visitor.orders')}>
      <Table<BadgeOrder>
        {...listTableProps(table)}
        scroll={{ x: 820 }}
        data-testid="order-list"
        columns={[
          {
            title: t('orders.orderNumber'),
            dataIndex: 'orderNumber',
            render: (number: string, order) => (
              <Link to={`/visitor/orders/${order.documentId}`}>{number}</Link>
            ),
          },
          {
            title: t('orders.createdAt'),
            dataIndex: 'createdAt',
            render: (at: string) => formatDateTime(at),
          },
          { title: t('orders.headCount'), dataIndex: 'headCount' },
          {
            title: t('orders.amountDue'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          {
            title: t('orders.collection'),
            dataIndex: 'collectionMethod',
            render: (code: string) => labelOf(collectionMethods, code, i18n.language),
          },
          {
            title: t('orders.paymentMethod'),
            dataIndex: 'paymentMethod',
            render: (code: string | null) =>
              code ? labelOf(paymentMethods, code, i18n.language) : '—',
          },
          {
            title: t('orders.status'),
            dataIndex: 'orderStatus',
            render: (status: string) => <OrderStatusTag status={status} />,
          },
        ]}
      />
    </Card>
  );
};
