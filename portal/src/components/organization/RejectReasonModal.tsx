import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** 审核不通过: the reason is required (it is mailed to the liaison and shown to them). */
export const RejectReasonModal = ({
  open,
  count,
  countKey = 'review.rejectCount',
  onCancel,
  onConfirm,
  title,
  okText,
}: {
  open: boolean;
  /** Other refusals with a reason (e.g. finance's 驳回 / 红冲 of an invoice) name themselves. */
  title?: string;
  okText?: string;
  /** How many records (bulk); 1 or undefined for one. */
  count?: number;
  /** The sentence naming the count (organizations by default; persons pass their own). */
  countKey?: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title ?? t('review.rejectTitle')}
      okText={okText ?? t('review.reject')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reject-confirm' } as never}
      cancelText={t('buttons.cancel')}
      onCancel={onCancel}
      destroyOnHidden
      onOk={async () => {
        let reason: string;
        try {
          reason = (await form.validateFields()).reason.trim();
        } catch {
          return;
        }
        setBusy(true);
        try {
          await onConfirm(reason);
        } finally {
          setBusy(false);
        }
      }}
    >
      {count !== undefined && count > 1 && (
        <Typography.Paragraph>{t(countKey, { count })}</Typography.Paragraph>
      )}
      {/* Each opening starts empty: the form's fields go with the hidden dialog (destroyOnHidden,
          preserve false), rather than a reset that could land after the reviewer typed. */}
      <Form form={form} layout="vertical" name="reject-reason" preserve={false}>
        <Form.Item
          label={t('review.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="reject-reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
