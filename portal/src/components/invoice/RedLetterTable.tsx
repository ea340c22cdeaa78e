import { formatFen } from '@pvis/config';
import { App, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';
import { formatDateTime } from '../beijing-time';
import { ConfirmationTag } from './InvoiceTags';
import type { RedLetter } from './types';

/** The red-letter invoices and confirmations of one invoice, with their PDFs once issued. */
export const RedLetterTable = ({ redLetters }: { redLetters: RedLetter[] }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = async (red: RedLetter) => {
    try {
      await downloadFile(
        `/api/red-letter-invoices/${red.documentId}/pdf`,
        `red-letter-invoice-${red.invoiceNumber}.pdf`,
      );
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };
  return (
    <Table<RedLetter>
      rowKey="documentId"
      size="small"
      pagination={false}
      scroll={{ x: 640 }}
      dataSource={redLetters}
      data-testid="red-letter-table"
      columns={[
        {
          title: t('invoices.redLetterNumber'),
          dataIndex: 'invoiceNumber',
          render: (n: string | null) => n ?? '—',
        },
        {
          title: t('invoices.amount'),
          dataIndex: 'amountFen',
          render: (fen: number) => formatFen(fen),
        },
        { title: t('invoices.reversalReason'), dataIndex: 'reason' },
        {
          title: t('invoices.confirmation'),
          dataIndex: 'confirmationStatus',
          render: (status: string) => <ConfirmationTag status={status} />,
        },
        {
          title: t('invoices.deadline'),
          dataIndex: 'confirmationDeadline',
          render: (at: string | null) => (at ? formatDateTime(at) : '—'),
        },
        {
          title: '',
          key: 'pdf',
          render: (_: unknown, red) =>
            red.invoiceNumber ? (
              <Button size="small" onClick={() => void download(red)} data-testid="red-letter-pdf">
                {t('invoices.downloadRedLetter')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
};
