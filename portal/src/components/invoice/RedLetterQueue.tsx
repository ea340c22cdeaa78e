import { formatFen, redLetterConfirmationLabels } from '@pvis/config';
import { type CrudFilters, type HttpError, useTable } from '@refinedev/core';
import { App, Button, Card, Popconfirm, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitions } from '../../providers/actions';
import type { ApiError } from '../../providers/http';
import { formatDateTime } from '../beijing-time';
import { ExportButton, listExportUrl } from '../ExportButton';
import { listTableProps } from '../list-table';
import { labelOf } from '../organization/labels';
import { ConfirmationTag } from './InvoiceTags';
import type { RedLetter } from './types';

/** Hours and minutes left before the 72-hour deadline, or "overdue". */
function Countdown({ deadline, now }: { deadline: string; now: number }) {
  const { t } = useTranslation();
  const left = new Date(deadline).getTime() - now;
  if (left <= 0) return <Typography.Text type="danger">{t('invoices.overdue')}</Typography.Text>;
  const hours = Math.floor(left / 3600_000);
  const minutes = Math.floor((left % 3600_000) / 60_000);
  return (
    <Typography.Text type={hours < 24 ? 'warning' : undefined} data-testid="countdown">
      {t('invoices.timeLeft', { hours, minutes })}
    </Typography.Text>
  );
}

/**
 * 红字确认单: confirmations waiting for the buyer, with the time left of their 72 hours; 确认
 * records that the buyer confirmed in the tax system (the red-letter invoice is then issued).
 */
export const RedLetterQueue = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string | undefined>('pending');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const filters: CrudFilters = useMemo(
    () => [
      { field: 'confirmationRequired', operator: 'eq' as const, value: true },
      ...(status ? [{ field: 'confirmationStatus', operator: 'eq' as const, value: status }] : []),
    ],
    [status],
  );
  const table = useTable<RedLetter, HttpError>({
    resource: 'red-letter-invoices',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'confirmationDeadline', order: 'asc' }] },
    filters: { initial: filters },
    meta: { populate: { invoice: { fields: ['documentId', 'invoiceNumber', 'title'] } } },
  });
  const { setFilters } = table;
  useEffect(() => setFilters(filters, 'replace'), [filters, setFilters]);
  // Confirming is the invoice's transition; the red-letter list is read again after it.
  const { transition } = useTransitions('invoices', ['red-letter-invoices']);

  const confirm = async (red: RedLetter) => {
    if (!red.invoice) return;
    try {
      await transition(red.invoice.documentId, 'confirmRedLetter');
      message.success(t('invoices.redLetterConfirmed'));
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };

  return (
    <Card
      size="small"
      title={
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('invoices.confirmation')}
          value={status}
          onChange={setStatus}
          options={redLetterConfirmationLabels
            .filter((l) => l.code !== 'notRequired')
            .map((l) => ({
              value: l.code,
              label: labelOf(redLetterConfirmationLabels, l.code, i18n.language),
            }))}
        />
      }
      extra={
        <ExportButton
          url={listExportUrl('/api/red-letter-invoices/export', filters)}
          fileName={t('invoices.redLetterFileName')}
          testId="red-letter-invoices-export"
        />
      }
    >
      <Table<RedLetter>
        {...listTableProps(table)}
        scroll={{ x: 900 }}
        data-testid="red-letter-list"
        columns={[
          {
            title: t('invoices.originalNumber'),
            key: 'original',
            render: (_: unknown, red) => red.invoice?.invoiceNumber ?? '',
          },
          {
            title: t('invoices.title'),
            key: 'title',
            render: (_: unknown, red) => red.invoice?.title ?? '',
          },
          {
            title: t('invoices.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          { title: t('invoices.reversalReason'), dataIndex: 'reason' },
          {
            title: t('invoices.deadline'),
            dataIndex: 'confirmationDeadline',
            render: (at: string | null) => (at ? formatDateTime(at) : '—'),
          },
          {
            title: t('invoices.timeLeftTitle'),
            key: 'left',
            render: (_: unknown, red) =>
              red.confirmationStatus === 'pending' && red.confirmationDeadline ? (
                <Countdown deadline={red.confirmationDeadline} now={now} />
              ) : (
                '—'
              ),
          },
          {
            title: t('invoices.confirmation'),
            dataIndex: 'confirmationStatus',
            render: (s: string) => <ConfirmationTag status={s} />,
          },
          {
            title: '',
            key: 'confirm',
            render: (_: unknown, red) =>
              red.allowedActions?.includes('confirmRedLetter') && red.invoice ? (
                <Popconfirm
                  title={t('invoices.confirmRedLetterConfirm')}
                  onConfirm={() => void confirm(red)}
                >
                  <Button size="small" type="primary" data-testid="red-letter-confirm">
                    {t('invoices.confirm')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
};
