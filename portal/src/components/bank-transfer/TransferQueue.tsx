import { formatFen } from '@pvis/config';
import { type HttpError, useTable } from '@refinedev/core';
import { Card, Checkbox, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../ExportButton';
import { listTableProps } from '../list-table';
import { DecisionTag } from './DecisionTag';
import type { QueuedTransfer } from './types';

interface Filters {
  decision: string;
  q: string;
  range: [Dayjs | null, Dayjs | null] | null;
  amountMismatch: boolean;
}

/** The queue's own filters as query parameters (the route pages like every list). */
const queryOf = (filters: Filters) => {
  const params: Record<string, string> = { decision: filters.decision };
  if (filters.q) params.q = filters.q;
  if (filters.range?.[0]) params.from = filters.range[0].format('YYYY-MM-DD');
  if (filters.range?.[1]) params.to = filters.range[1].format('YYYY-MM-DD');
  if (filters.amountMismatch) params.amountMismatch = 'true';
  return params;
};

/**
 * 转账确认: the remittances waiting for finance (or decided ones), filtered by state, text (order
 * number, organization, payer), remittance date and amount mismatch; XLSX export of the same.
 */
export const TransferQueue = () => {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({
    decision: 'pending',
    q: '',
    range: null,
    amountMismatch: false,
  });
  const table = useTable<QueuedTransfer, HttpError>({
    resource: 'remittances/queue',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    meta: { query: queryOf(filters) },
    errorNotification: false,
  });
  const change = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    table.setCurrentPage(1);
  };
  const exportUrl = useMemo(
    () => `/api/remittances/export?${new URLSearchParams(queryOf(filters))}`,
    [filters],
  );

  return (
    <Card
      title={t('transfers.queueTitle')}
      extra={<ExportButton url={exportUrl} fileName={t('transfers.exportName')} />}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          value={filters.decision}
          style={{ width: 150 }}
          onChange={(decision) => change({ decision })}
          options={['pending', 'confirmed', 'rejected', 'all'].map((value) => ({
            value,
            label: t(`transfers.decision.${value}`),
          }))}
          data-testid="transfer-decision-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('transfers.searchPlaceholder')}
          style={{ width: 280 }}
          onSearch={(q) => change({ q: q.trim() })}
          data-testid="transfer-search"
        />
        <DatePicker.RangePicker
          placeholder={[t('transfers.remittedFrom'), t('transfers.remittedTo')]}
          onChange={(range) => change({ range: range as Filters['range'] })}
        />
        <Checkbox
          checked={filters.amountMismatch}
          onChange={(e) => change({ amountMismatch: e.target.checked })}
        >
          {t('transfers.onlyMismatch')}
        </Checkbox>
      </Space>
      {table.tableQuery.error && (
        <Typography.Text type="danger">{table.tableQuery.error.message}</Typography.Text>
      )}
      <Table<QueuedTransfer>
        {...listTableProps(table, { showSizeChanger: true })}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('orders.orderNumber'),
            dataIndex: 'orderNumber',
            render: (number: string, row) => (
              <Link to={`/finance/transfers/${row.documentId}`} data-testid="transfer-open">
                {number}
              </Link>
            ),
          },
          { title: t('transfers.organization'), dataIndex: 'organizationName' },
          {
            title: t('transfers.orderAmount'),
            dataIndex: 'orderAmountFen',
            render: formatFen,
          },
          {
            title: t('transfers.remitted'),
            dataIndex: 'amountFen',
            render: (fen: number, row) => (
              <Space size={4}>
                {formatFen(fen)}
                {!row.amountMatches && <Tag color="red">{t('transfers.amountDiffers')}</Tag>}
              </Space>
            ),
          },
          { title: t('transfers.payerName'), dataIndex: 'payerName' },
          { title: t('transfers.remittedOn'), dataIndex: 'remittedOn' },
          {
            title: t('transfers.status'),
            dataIndex: 'decision',
            render: (decision: string) => <DecisionTag decision={decision} />,
          },
        ]}
      />
    </Card>
  );
};
