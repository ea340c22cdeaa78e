import { beijingDay, formatFen, paymentMethods, type ReconciliationRow } from '@pvis/config';
import { useCustom } from '@refinedev/core';
import { Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { labelOf } from '../../components/organization/labels';

type ReportRow = ReconciliationRow;

const DAY = 'YYYY-MM-DD';
/** The report counts Beijing days, wherever finance sits. */
const beijingToday = () => dayjs(beijingDay(new Date()));

/** 对账报表: money received, refunded and flagged per Beijing day and payment method. */
export const FinanceReportsPage = () => {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    beijingToday().subtract(29, 'day'),
    beijingToday(),
  ]);
  const query = `from=${range[0].format(DAY)}&to=${range[1].format(DAY)}`;
  const { query: report, result } = useCustom<{
    data?: { rows: ReportRow[]; totals: ReportRow[] };
  }>({
    url: `/api/reconciliation?${query}`,
    method: 'get',
    queryOptions: { queryKey: ['reconciliation', query] },
  });
  const rows = result?.data?.data?.rows ?? [];
  const totals = result?.data?.data?.totals ?? [];
  const method = (code: string) =>
    code === 'all' ? t('reports.allMethods') : labelOf(paymentMethods, code, i18n.language);
  const columns = [
    {
      title: t('reports.day'),
      dataIndex: 'day',
      render: (day: string) => (day === 'total' ? t('reports.total') : day),
    },
    { title: t('reports.method'), dataIndex: 'method', render: method },
    { title: t('reports.payments'), dataIndex: 'payments', align: 'right' as const },
    {
      title: t('reports.received'),
      dataIndex: 'receivedFen',
      align: 'right' as const,
      render: formatFen,
    },
    { title: t('reports.refunds'), dataIndex: 'refunds', align: 'right' as const },
    {
      title: t('reports.refunded'),
      dataIndex: 'refundedFen',
      align: 'right' as const,
      render: formatFen,
    },
    { title: t('reports.net'), dataIndex: 'netFen', align: 'right' as const, render: formatFen },
    {
      title: t('reports.flagged'),
      dataIndex: 'flaggedFen',
      align: 'right' as const,
      render: (fen: number, row: ReportRow) =>
        row.flagged ? `${formatFen(fen)} (${row.flagged})` : '—',
    },
  ];
  return (
    <Card
      size="small"
      title={t('menu.finance.reports')}
      extra={
        <Space wrap>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
            disabledDate={(day) => day.isAfter(beijingToday(), 'day')}
            data-testid="report-range"
          />
          <ExportButton
            url={`/api/reconciliation/export?${query}`}
            fileName="对账报表"
            testId="report-export"
            label={t('reports.export')}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('reports.intro')}</Typography.Paragraph>
      <Table<ReportRow>
        rowKey={(row) => `${row.day}-${row.method}`}
        size="small"
        scroll={{ x: 880 }}
        loading={report.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={columns}
        data-testid="report-rows"
      />
      <Typography.Title level={5}>{t('reports.totals')}</Typography.Title>
      <Table<ReportRow>
        rowKey="method"
        size="small"
        scroll={{ x: 880 }}
        dataSource={totals}
        pagination={false}
        columns={columns.slice(1)}
        data-testid="report-totals"
      />
    </Card>
  );
};
