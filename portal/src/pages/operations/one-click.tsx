import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useCustom, useList } from '@refinedev/core';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Row,
  Select,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';

interface Edition {
  id: string;
  number: number;
  nameZh: string;
  nameEn: string;
  current?: boolean;
}

interface CampaignStats {
  invited: number;
  sent: number;
  opened: number;
  registered: number;
}

const COUNTS = ['invited', 'sent', 'opened', 'registered'] as const;

/**
 * `/operations/one-click-registration` (一键注册): invite the organizations of a previous edition
 * (`POST /api/one-click-campaigns`) and follow invited / sent / opened / registered.
 */
export const OneClickCampaignPage = () => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [fromEdition, setFromEdition] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const { result: editions, query: editionsQuery } = useList<Edition>({
    resource: 'editions',
    pagination: { mode: 'off' },
    sorters: [{ field: 'number', order: 'desc' }],
    meta: { fields: ['number', 'nameZh', 'nameEn', 'current'] },
  });
  const previous = (editions?.data ?? []).filter((e) => !e.current);
  const chosen = fromEdition ?? previous[0]?.number;
  const { query: statsQuery, result: statsResult } = useCustom<
    { data?: CampaignStats } & Partial<CampaignStats>
  >({
    url: '/api/one-click-campaigns/stats',
    method: 'get',
    config: { query: { fromEdition: chosen } },
    queryOptions: { enabled: chosen !== undefined },
    errorNotification: false,
  });
  const body = statsResult?.data;
  const stats: Partial<CampaignStats> | undefined = body?.data ?? body;

  const start = async () => {
    if (chosen === undefined) return;
    setBusy(true);
    try {
      const answer = await request<{ data?: { invited: number }; invited?: number }>(
        '/api/one-click-campaigns',
        {
          method: 'POST',
          body: { data: { fromEdition: chosen } },
        },
      );
      const invited = answer?.data?.invited ?? answer?.invited;
      message.success(
        invited === undefined
          ? t('oneClickOps.queued')
          : t('oneClickOps.started', { count: invited }),
      );
      await statsQuery.refetch();
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const editionLabel = (e: Edition) =>
    (i18n.language === 'en' ? e.nameEn : e.nameZh) || `#${e.number}`;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
        {t('menu.operations.oneClick')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('oneClickOps.intro')}
      </Typography.Paragraph>
      <Card size="small">
        <Form layout="vertical">
          <Row gutter={12} align="bottom">
            <Col xs={24} md={12}>
              <Form.Item label={t('oneClickOps.fromEdition')}>
                <Select<number>
                  data-testid="from-edition"
                  loading={editionsQuery.isLoading}
                  value={chosen}
                  onChange={setFromEdition}
                  options={previous.map((e) => ({ value: e.number, label: editionLabel(e) }))}
                  placeholder={t('oneClickOps.fromEditionPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item>
                <Space wrap>
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    disabled={chosen === undefined}
                    loading={busy}
                    data-testid="start-campaign"
                    onClick={() =>
                      modal.confirm({
                        title: t('oneClickOps.confirmTitle'),
                        content: t('oneClickOps.confirmText'),
                        okText: t('oneClickOps.start'),
                        cancelText: t('buttons.cancel'),
                        onOk: start,
                      })
                    }
                  >
                    {t('oneClickOps.start')}
                  </Button>
                  <Button
                    icon={<ReloadOutlined />}
                    onClick={() => statsQuery.refetch()}
                    disabled={chosen === undefined}
                  >
                    {t('buttons.refresh')}
                  </Button>
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {statsQuery.isError && (
        <Alert
          type="warning"
          showIcon
          message={t('stats.loadFailed')}
          description={statsQuery.error?.message}
        />
      )}
      <Row gutter={[12, 12]} data-testid="campaign-stats">
        {COUNTS.map((key) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`oneClickOps.counts.${key}`)}
                value={stats?.[key] ?? 0}
                loading={statsQuery.isFetching}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
};
