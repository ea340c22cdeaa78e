import { useGetIdentity } from '@refinedev/core';
import { Card, Descriptions, Skeleton, Space, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../providers/auth';

const FLOW = ['register', 'confirm', 'order', 'review', 'entry'] as const;

/** A colleague's home (reached by QR on a phone): who they are and how their registration goes. */
export const ColleagueHome = () => {
  const { t } = useTranslation();
  const { data: identity, isLoading } = useGetIdentity<Identity>();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="home-title" style={{ margin: 0 }}>
        {t('home.colleague')}
      </Typography.Title>
      <Card>
        {isLoading || !identity ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Descriptions column={1} size="small" data-testid="colleague-identity">
            <Descriptions.Item label={t('colleague.name')}>{identity.name}</Descriptions.Item>
            <Descriptions.Item label={t('colleague.email')}>{identity.email}</Descriptions.Item>
            {identity.organization && (
              <Descriptions.Item label={t('colleague.organization')}>
                {identity.organization.name}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      <Card>
        <Typography.Paragraph>{t('colleague.intro')}</Typography.Paragraph>
        <Steps
          direction="vertical"
          size="small"
          current={-1}
          items={FLOW.map((key) => ({
            key,
            status: 'wait' as const,
            title: t(`colleague.steps.${key}`),
          }))}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('colleague.contactLiaison')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
};
