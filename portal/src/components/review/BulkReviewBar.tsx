import { App, Button, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkResult, useTransitions } from '../../providers/actions';
import type { ApiError } from '../../providers/http';
import { BulkFailures } from '../BulkFailures';
import { RejectReasonModal } from '../organization/RejectReasonModal';

type Failure = BulkResult['failed'][number] & { name: string };

/**
 * 批量审核通过 / 审核不通过 of the ticked records (`POST /<resource>/bulk-transitions`): each
 * row is decided by the server, the rows it refused are listed with its reason and stay ticked;
 * the list is read again. `wording` names the records ('review': organizations, 'personReview').
 */
export const BulkReviewBar = ({
  resource,
  wording,
  selected,
  nameOf,
  onDone,
  extra,
}: {
  resource: 'organizations' | 'persons';
  wording: 'review' | 'personReview';
  selected: string[];
  nameOf: (documentId: string) => string;
  /** The rows still ticked afterwards (the refused ones). */
  onDone: (stillSelected: string[]) => void;
  /** Beside the buttons, at the other end (e.g. 导出). */
  extra?: ReactNode;
}) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const { bulk: decide } = useTransitions(resource);
  const [busy, setBusy] = useState<string | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [rejectOpen, setRejectOpen] = useState(false);

  const bulk = async (action: 'approve' | 'reject', reason?: string) => {
    setBusy(action);
    try {
      const { succeeded, failed } = await decide(selected, action, reason);
      setFailures(failed.map((f) => ({ ...f, name: nameOf(f.documentId) })));
      if (succeeded.length) {
        message.success(
          t(`${wording}.${action === 'approve' ? 'bulkApproved' : 'bulkRejected'}`, {
            count: succeeded.length,
          }),
        );
      }
      onDone(failed.map((f) => f.documentId));
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
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
                title: t(`${wording}.bulkApproveTitle`, { count: selected.length }),
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
        {extra}
      </Space>
      {failures.length > 0 && (
        <BulkFailures
          title={t(`${wording}.bulkFailed`, { count: failures.length })}
          onClose={() => setFailures([])}
          style={{ marginTop: 12 }}
          testId="bulk-failures"
        >
          <ul style={{ paddingInlineStart: 18, margin: 0 }}>
            {failures.map((f) => (
              <li key={f.documentId} data-testid="bulk-failure">
                <Typography.Text strong>{f.name}</Typography.Text>：
                {(i18n.language === 'en' ? f.en : f.zh) || f.message || f.code}
              </li>
            ))}
          </ul>
        </BulkFailures>
      )}
      <RejectReasonModal
        open={rejectOpen}
        count={selected.length}
        countKey={`${wording}.rejectCount`}
        onCancel={() => setRejectOpen(false)}
        onConfirm={async (reason) => {
          await bulk('reject', reason);
          setRejectOpen(false);
        }}
      />
    </>
  );
};
