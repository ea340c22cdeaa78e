import { formatFen } from '@pvis/config';
import { Alert, App, Modal, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import type { StatementLine } from './types';

interface Candidate {
  paymentDocumentId: string;
  orderNumber: string;
  transferReference: string | null;
  organizationName: string | null;
  amountFen: number;
  payerName: string | null;
}

/**
 * 手动匹配: the open transfers due exactly the line's amount; finance picks the one this money
 * pays. The server checks amount and state again (409 otherwise).
 */
export const MatchModal = ({
  line,
  onClose,
  onMatched,
}: {
  line: StatementLine | null;
  onClose: () => void;
  onMatched: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setChosen(null);
    setError(null);
    if (!line) return;
    request<{ data: Candidate[] }>(`/api/bank-statement-lines/${line.documentId}/candidates`)
      .then((body) => setCandidates(body.data))
      .catch((e: ApiError) => setError(e.message));
  }, [line]);
  const match = async () => {
    if (!line || !chosen) return;
    setBusy(true);
    try {
      await request(`/api/bank-statement-lines/${line.documentId}/match`, {
        method: 'POST',
        body: { data: { paymentId: chosen } },
      });
      message.success(t('statements.matched'));
      onMatched();
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!line}
      width={760}
      title={
        line
          ? t('statements.matchTitle', {
              id: line.bankTransactionId,
              amount: formatFen(line.amountFen),
            })
          : ''
      }
      okText={t('statements.match')}
      okButtonProps={{ disabled: !chosen, loading: busy, 'data-testid': 'match-ok' } as never}
      cancelText={t('buttons.cancel')}
      onCancel={onClose}
      onOk={() => void match()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<Candidate>
        rowKey="paymentDocumentId"
        size="small"
        pagination={false}
        dataSource={candidates}
        locale={{ emptyText: t('statements.noCandidates') }}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: chosen ? [chosen] : [],
          onChange: (keys) => setChosen(String(keys[0])),
        }}
        columns={[
          { title: t('orders.orderNumber'), dataIndex: 'orderNumber' },
          { title: t('transfers.reference'), dataIndex: 'transferReference' },
          { title: t('transfers.organization'), dataIndex: 'organizationName' },
          { title: t('transfers.orderAmount'), dataIndex: 'amountFen', render: formatFen },
          { title: t('transfers.payerName'), dataIndex: 'payerName' },
        ]}
      />
    </Modal>
  );
};
