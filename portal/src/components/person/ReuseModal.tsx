import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCmsAction } from '../../providers/actions';
import type { ApiError } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import type { Person } from './types';

/**
 * 证件复用: the liaison types the badge number the person held last time; the server checks it
 * against the ID number and name and answers with the person, now pending review and free.
 */
export const ReuseModal = ({
  person,
  onClose,
  onDone,
}: {
  person: Person | null;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ previousBadgeNumber: string }>();
  const { send, busy } = useCmsAction();
  const submit = async ({ previousBadgeNumber }: { previousBadgeNumber: string }) => {
    if (!person) return;
    try {
      await send(`/api/persons/${person.documentId}/reuse`, {
        data: { previousBadgeNumber },
        invalidates: ['persons'],
      });
      message.success(t('persons.reuseDone', { name: person.name }));
      form.resetFields();
      onDone();
    } catch (error) {
      const others = applyFieldErrors(form, error, ['previousBadgeNumber']);
      if (others.length) message.error(others.map((p) => p.message).join('；'));
      else if (!(error as ApiError).errors) message.error((error as ApiError).message);
    }
  };
  return (
    <Modal
      open={Boolean(person)}
      title={t('persons.reuseTitle', { name: person?.name ?? '' })}
      okText={t('persons.reuseSubmit')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnClose
    >
      <Typography.Paragraph type="secondary">{t('persons.reuseHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="previousBadgeNumber"
          label={t('persons.previousBadgeNumber')}
          rules={[{ required: true, message: t('persons.required') }]}
        >
          <Input placeholder="CIIE7-000137" data-testid="reuse-badge-number" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
