import { formatFen } from '@pvis/config';
import { Card, Checkbox, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ApiError, request } from '../../providers/http';
import { ExportButton } from '../ExportButton';
import { DecisionTag } from './DecisionTag';
import type { QueuedTransfer } from './types';

interface Filters {
  decision: string;
  q: string;
  range: [Dayjs | null, Dayjs | null] | null;
  amountMismatch: boolean;
}

const queryOf = (filters: Filters, page?: number, pageSize?: number) => {
  const params = new URLSearchParams({ decision: filters.decision });
  if (filters.q) params.set('q', filters.q);
  if (filters.range?.[0]) params.set('from', filters.range[0].format('YYYY-MM-DD'));
  if (filters.range?.[1]) params.set('to', filters.range[1].format('YYYY-MM-DD'));
  if (filters.amountMismatch) params.set('amountMismatch', 'true');
  if (page) params.set('page', String(page));
  if (pageSize) params.set('pageSize', String(pageSize));
  return params.toString();
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
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [rows, setRows] = useState<QueuedTransfer[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const body = await request<{
        data: QueuedTransfer[];
        meta: { pagination: { total: number } };
      }>(`/api/remittances/queue?${queryOf(filters, page.current, page.pageSize)}`);
      setRows(body.data);
      setTotal(body.meta.pagination.total);
      setError(null);
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setLoading(false);
    }
  }, [filters, page]);
  useEffect(() => {
    void load();
  }, [load]);
  const change = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage((current) => ({ ...current, current: 1 }));
  };
  const exportUrl = useMemo(() => `/api/remittances/export?${queryOf(filters)}`, [filters]);

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
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<QueuedTransfer>
        rowKey="documentId"
        size="small"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 1000 }}
        pagination={{
          ...page,
          total,
          showSizeChanger: true,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
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
