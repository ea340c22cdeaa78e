import { formatFen, invoiceKinds, invoiceStatusLabels } from '@pvis/config';
import { type CrudFilters, type HttpError, useTable } from '@refinedev/core';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../beijing-time';
import { ExportButton, listExportUrl } from '../ExportButton';
import { listTableProps } from '../list-table';
import { labelOf } from '../organization/labels';
import { InvoicePdfButton } from './InvoicePdfButton';
import { InvoiceStatusTag } from './InvoiceTags';
import { type Invoice, orderNumberOf } from './types';

const options = (vocabulary: readonly { code: string; zh: string; en: string }[], lang: string) =>
  vocabulary.map((v) => ({ value: v.code, label: labelOf(vocabulary, v.code, lang) }));

/**
 * 开票: finance's invoice list — 待开票 first by default; filters by state, type and title;
 * each row opens the record (开具 / 驳回 / 标记已抵扣 / 红冲); XLSX export of what is shown.
 */
export const InvoiceQueue = ({ basePath }: { basePath: string }) => {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string | undefined>('requested');
  const [kind, setKind] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const filters: CrudFilters = useMemo(
    () => [
      ...(status ? [{ field: 'invoiceStatus', operator: 'eq' as const, value: status }] : []),
      ...(kind ? [{ field: 'kind', operator: 'eq' as const, value: kind }] : []),
      ...(title.trim()
        ? [{ field: 'title', operator: 'contains' as const, value: title.trim() }]
        : []),
    ],
    [status, kind, title],
  );
  const table = useTable<Invoice, HttpError>({
    resource: 'invoices',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'asc' }] },
    filters: { initial: filters },
    meta: { populate: { order: { fields: ['orderNumber'] } } },
  });
  const { setFilters } = table;
  useEffect(() => setFilters(filters, 'replace'), [filters, setFilters]);

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('invoices.status')}
            value={status}
            onChange={setStatus}
            options={options(invoiceStatusLabels, i18n.language)}
            data-testid="invoice-filter-status"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('invoices.kind')}
            value={kind}
            onChange={setKind}
            options={options(invoiceKinds, i18n.language)}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('invoices.title')}
            onSearch={setTitle}
          />
        </Space>
      }
      extra={
        <ExportButton
          url={listExportUrl('/api/invoices/export', filters)}
          fileName={t('invoices.fileName')}
          testId="invoices-export"
        />
      }
    >
      <Table<Invoice>
        {...listTableProps(table)}
        scroll={{ x: 980 }}
        data-testid="invoice-list"
        columns={[
          {
            title: t('orders.orderNumber'),
            key: 'order',
            render: (_: unknown, invoice) => (
              <Link to={`${basePath}/${invoice.documentId}`} data-testid="invoice-open">
                {orderNumberOf(invoice)}
              </Link>
            ),
          },
          { title: t('invoices.title'), dataIndex: 'title' },
          {
            title: t('invoices.kind'),
            dataIndex: 'kind',
            render: (code: string) => labelOf(invoiceKinds, code, i18n.language),
          },
          {
            title: t('invoices.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          {
            title: t('invoices.status'),
            dataIndex: 'invoiceStatus',
            render: (s: string) => <InvoiceStatusTag status={s} />,
          },
          {
            title: t('invoices.number'),
            dataIndex: 'invoiceNumber',
            render: (n: string | null) => n ?? '—',
          },
          {
            title: t('invoices.requestedAt'),
            dataIndex: 'createdAt',
            render: (at: string) => formatDateTime(at),
          },
          {
            title: '',
            key: 'open',
            render: (_: unknown, invoice) => (
              <Space>
                <Link to={`${basePath}/${invoice.documentId}`}>
                  <Button size="small">{t('invoices.open')}</Button>
                </Link>
                {invoice.invoiceNumber && <InvoicePdfButton invoice={invoice} size="small" />}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
};
