import { Alert, App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { RejectReasonModal } from '../organization/RejectReasonModal';
import { BULK_URL } from './useBulkReview';

interface BulkFailure {
  documentId: string;
  code?: string;
  zh?: string;
  en?: string;
  message?: string;
}
interface BulkResult {
  succeeded: string[];
  failed: BulkFailure[];
}

/**
 * 批量审核通过 / 审核不通过 of the ticked persons (`POST /persons/bulk-transitions`): each row is
 * decided by the server, the rows it refused are listed with its reason and stay ticked.
 */
export const BulkReviewBar = ({
  selected,
  nameOf,
  onDone,
}: {
  selected: string[];
  nameOf: (documentId: string) => string;
  /** The rows still ticked afterwards (the refused ones); the list is refreshed by the caller. */
  onDone: (stillSelected: string[]) => Promise<void>;
}) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [failures, setFailures] = useState<(BulkFailure & { name: string })[]>([]);
  const [rejectOpen, setRejectOpen] = useState(false);

  const bulk = async (action: 'approve' | 'reject', reason?: string) => {
    setBusy(action);
    try {
      const body = await request<{ data?: BulkResult } & Partial<BulkResult>>(BULK_URL, {
        method: 'POST',
        body: { data: { documentIds: selected, action, reason } },
      });
      const result: BulkResult = {
        succeeded: body.data?.succeeded ?? body.succeeded ?? [],
        failed: body.data?.failed ?? body.failed ?? [],
      };
      setFailures(result.failed.map((f) => ({ ...f, name: nameOf(f.documentId) })));
      if (result.succeeded.length) {
        message.success(
          t(action === 'approve' ? 'personReview.bulkApproved' : 'personReview.bulkRejected', {
            count: result.succeeded.length,
          }),
        );
      }
      await onDone(result.failed.map((f) => f.documentId));
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Space wrap>
        <Typography.Text type="secondary" data-testid="selected-count">
          {t('review.selected', { count: selected.length })}
        </Typography.Text>
        <Button
          type="primary"
          disabled={!selected.length}
          loading={busy === 'approve'}
          data-testid="bulk-approve"
          onClick={() =>
            modal.confirm({
              title: t('personReview.bulkApproveTitle', { count: selected.length }),
              okText: t('review.approve'),
              cancelText: t('buttons.cancel'),
              onOk: () => bulk('approve'),
            })
          }
        >
          {t('review.approve')}
        </Button>
        <Button
          danger
          disabled={!selected.length}
          loading={busy === 'reject'}
          data-testid="bulk-reject"
          onClick={() => setRejectOpen(true)}
        >
          {t('review.reject')}
        </Button>
      </Space>
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setFailures([])}
          data-testid="bulk-failures"
          style={{ marginTop: 12 }}
          message={t('personReview.bulkFailed', { count: failures.length })}
          description={
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {failures.map((f) => (
                <li key={f.documentId} data-testid="bulk-failure">
                  <Typography.Text strong>{f.name}</Typography.Text>：
                  {(i18n.language === 'en' ? f.en : f.zh) || f.message || f.code}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <RejectReasonModal
        open={rejectOpen}
        count={selected.length}
        countKey="personReview.rejectCount"
        onCancel={() => setRejectOpen(false)}
        onConfirm={async (reason) => {
          await bulk('reject', reason);
          setRejectOpen(false);
        }}
      />
    </>
  );
};
