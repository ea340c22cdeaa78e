import { formatFen, recordRouteActions } from '@pvis/config';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { ExportButton } from '../ExportButton';
import { MatchModal } from './MatchModal';
import type { StatementLine } from './types';

const STATUS_COLORS: Record<string, string> = {
  unmatched: 'warning',
  matched: 'success',
  ignored: 'default',
};

/**
 * 银行流水: the imported lines, unmatched first by default, with why each stayed unmatched and a
 * 手动匹配 button on the open credits; XLSX export of the same selection.
 */
export const StatementLines = ({ refreshKey }: { refreshKey: number }) => {
  const { t } = useTranslation();
  const [status, setStatus] = useState('unmatched');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [rows, setRows] = useState<StatementLine[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [matching, setMatching] = useState<StatementLine | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    const params = new URLSearchParams({
      'pagination[page]': String(page.current),
      'pagination[pageSize]': String(page.pageSize),
      sort: 'bookedOn:desc',
    });
    if (status !== 'all') params.set('filters[matchStatus][$eq]', status);
    try {
      const body = await request<{
        data: StatementLine[];
        meta: { pagination: { total: number } };
      }>(`/api/bank-statement-lines?${params}`);
      setRows(body.data);
      setTotal(body.meta.pagination.total);
      setError(null);
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setLoading(false);
    }
  }, [status, page]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new import reloads the list.
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  return (
    <Card
      title={t('statements.linesTitle')}
      extra={
        <ExportButton
          url={`/api/bank-statement-lines/export${status === 'all' ? '' : `?matchStatus=${status}`}`}
          fileName={t('statements.exportName')}
        />
      }
    >
      <Select
        value={status}
        style={{ width: 160, marginBottom: 16 }}
        onChange={(value) => {
          setStatus(value);
          setPage((p) => ({ ...p, current: 1 }));
        }}
        options={['unmatched', 'matched', 'ignored', 'all'].map((value) => ({
          value,
          label: t(`statements.status.${value}`),
        }))}
        data-testid="statement-status-filter"
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<StatementLine>
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
          { title: t('statements.bookedOn'), dataIndex: 'bookedOn' },
          { title: t('statements.transactionId'), dataIndex: 'bankTransactionId' },
          {
            title: t('statements.amount'),
            dataIndex: 'amountFen',
            render: (fen: number, row) =>
              `${row.direction === 'debit' ? '-' : ''}${formatFen(fen)}`,
          },
          { title: t('statements.counterparty'), dataIndex: 'counterpartyName' },
          { title: t('statements.remark'), dataIndex: 'remark' },
          {
            title: t('statements.matchStatus'),
            dataIndex: 'matchStatus',
            render: (value: string, row) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATUS_COLORS[value]}>{t(`statements.status.${value}`)}</Tag>
                {row.unmatchedReason && (
                  <Typography.Text type="secondary">
                    {t(`statements.reasons.${row.unmatchedReason}`)}
                  </Typography.Text>
                )}
                {row.orderNumber && <Typography.Text>{row.orderNumber}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('statements.actions'),
            key: 'actions',
            render: (_: unknown, row) =>
              row.allowedActions?.includes(recordRouteActions.match) ? (
                <Button size="small" onClick={() => setMatching(row)} data-testid="line-match">
                  {t('statements.match')}
                </Button>
              ) : null,
          },
        ]}
      />
      <MatchModal
        line={matching}
        onClose={() => setMatching(null)}
        onMatched={() => {
          setMatching(null);
          void load();
        }}
      />
    </Card>
  );
};
