import { formatFen, recordRouteActions } from '@pvis/config';
import { type HttpError, useTable } from '@refinedev/core';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../ExportButton';
import { listTableProps } from '../list-table';
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
  const [matching, setMatching] = useState<StatementLine | null>(null);
  const table = useTable<StatementLine, HttpError>({
    resource: 'bank-statement-lines',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'bookedOn', order: 'desc' }] },
    filters: {
      defaultBehavior: 'replace',
      initial: [{ field: 'matchStatus', operator: 'eq', value: 'unmatched' }],
    },
    errorNotification: false,
  });
  const { tableQuery, setFilters, setCurrentPage } = table;
  const choose = (value: string) => {
    setStatus(value);
    setFilters(value === 'all' ? [] : [{ field: 'matchStatus', operator: 'eq', value }], 'replace');
    setCurrentPage(1);
  };
  // A new import adds lines: read the list again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the trigger.
  useEffect(() => {
    if (refreshKey) void tableQuery.refetch();
  }, [refreshKey]);

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
        onChange={choose}
        options={['unmatched', 'matched', 'ignored', 'all'].map((value) => ({
          value,
          label: t(`statements.status.${value}`),
        }))}
        data-testid="statement-status-filter"
      />
      {tableQuery.error && (
        <Typography.Text type="danger">{tableQuery.error.message}</Typography.Text>
      )}
      <Table<StatementLine>
        {...listTableProps(table, { showSizeChanger: true })}
        scroll={{ x: 1000 }}
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
        onMatched={() => setMatching(null)}
      />
    </Card>
  );
};
