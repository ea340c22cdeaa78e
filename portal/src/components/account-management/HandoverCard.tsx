import { useCustom, useLogout } from '@refinedev/core';
import { Alert, App, Button, Card, Form, Popconfirm, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CurrentPasswordField } from './CurrentPasswordField';
import { ACCOUNT_QUERY, useAccountAction } from './useAccountAction';

interface Candidate {
  documentId: string;
  name: string;
  mobile: string | null;
}
interface Values {
  colleague?: string;
  currentPassword?: string;
}

/**
 * 联络员移交: the liaison hands the organization over to a confirmed colleague. This account
 * becomes a colleague account and is signed out; both are mailed.
 */
export const HandoverCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { mutate: logout } = useLogout();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAccountAction(form, ['colleague', 'currentPassword']);
  const { result, query } = useCustom<{ data: Candidate[] }>({
    url: '/api/account/handover-candidates',
    method: 'get',
    queryOptions: { queryKey: [...ACCOUNT_QUERY, 'handover-candidates'] },
  });
  const candidates = result?.data?.data ?? [];
  const handOver = async () => {
    const values = await form.validateFields();
    if (await run('/api/account/handover', 'post', { data: values }, { refresh: false })) {
      message.success(t('account.handedOver'));
      logout();
    }
  };
  return (
    <Card title={t('account.handover')} data-testid="handover">
      <Typography.Paragraph type="secondary">{t('account.handoverHint')}</Typography.Paragraph>
      {!query.isLoading && candidates.length === 0 ? (
        <Alert type="info" showIcon message={t('account.noCandidates')} />
      ) : (
        <Form<Values> form={form} layout="vertical">
          <Form.Item
            label={t('account.handoverTo')}
            name="colleague"
            rules={[{ required: true, message: t('account.handoverToRequired') }]}
          >
            <Select
              loading={query.isLoading}
              data-testid="handover-colleague"
              options={candidates.map((c) => ({
                value: c.documentId,
                label: c.mobile ? `${c.name}（${c.mobile}）` : c.name,
              }))}
            />
          </Form.Item>
          <CurrentPasswordField />
          <Popconfirm
            title={t('account.handoverConfirm')}
            okText={t('account.handover')}
            cancelText={t('buttons.cancel')}
            onConfirm={handOver}
          >
            <Button danger loading={busy} data-testid="handover-submit">
              {t('account.handover')}
            </Button>
          </Popconfirm>
        </Form>
      )}
    </Card>
  );
};
