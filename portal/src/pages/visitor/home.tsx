import { useCustom } from '@refinedev/core';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ServiceHotline } from '../../components/edition/ServiceHotline';
import { ProgressFlow, type ProgressStep } from '../../components/progress/ProgressFlow';
import { ReviewStatusTag } from '../../components/progress/ReviewStatusTag';

export interface VisitorProgress {
  organization: {
    documentId: string;
    name: string;
    reviewStatus: string;
    allowedActions: string[];
  } | null;
  steps: ProgressStep[];
}

/** The liaison's home: organization, review status and the 进度流程图 from the server. */
export const VisitorHome = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { query, result } = useCustom<{ data: VisitorProgress }>({
    url: '/api/visitor/progress',
    method: 'get',
    errorNotification: false,
  });
  const progress = result?.data?.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="home-title" style={{ margin: 0 }}>
        {t('home.visitor')}
      </Typography.Title>
      {query.isError && (
        <Alert
          type="error"
          showIcon
          message={t('progress.loadFailed')}
          description={query.error?.message}
          action={
            <Button size="small" onClick={() => query.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {query.isLoading && <Skeleton active />}
      {progress && (
        <>
          <Card title={t('organization.title')} data-testid="organization-card">
            {progress.organization ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('organization.name')}>
                  <span data-testid="organization-name">{progress.organization.name}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('organization.reviewStatus')}>
                  <ReviewStatusTag status={progress.organization.reviewStatus} />
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <Space direction="vertical" size={4}>
                    <Typography.Text strong>{t('organization.notRegistered')}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('organization.notRegisteredHint')}
                    </Typography.Text>
                  </Space>
                }
              >
                <Button type="primary" onClick={() => navigate('/visitor/organization')}>
                  {t('organization.register')}
                </Button>
              </Empty>
            )}
          </Card>
          <Card title={t('progress.title')}>
            <ProgressFlow steps={progress.steps} />
          </Card>
          <ServiceHotline />
        </>
      )}
    </Space>
  );
};
