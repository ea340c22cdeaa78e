import { Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks finance for the reason of a 驳回 or 红冲 (kept on the record and in the audit row). */
export const ReasonModal = ({
  open,
  title,
  okText,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  okText: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const confirm = async () => {
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
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reason-confirm' } as never}
      cancelText={t('buttons.cancel')}
      onCancel={onCancel}
      destroyOnHidden
      onOk={() => void confirm()}
    >
      <Form form={form} layout="vertical" name="invoice-reason">
        <Form.Item
          label={t('invoices.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('invoices.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
