import { Alert, Button, Card, Skeleton, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePersonStats } from './usePersonStats';

/** Operations' home: how many persons wait for the real-name check, and the way to the queue. */
export const PendingReviewCard = ({ queuePath }: { queuePath: string }) => {
  const { t } = useTranslation();
  const { query, stats } = usePersonStats();
  return (
    <Card title={t('personReview.pendingCardTitle')} data-testid="person-review-card">
      {query.isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : query.isError || !stats ? (
        <Alert type="warning" showIcon message={t('stats.loadFailed')} />
      ) : (
        <Space wrap size="large" align="end">
          <Statistic
            title={t('personReview.pendingCount')}
            value={stats.byStatus?.pendingReview ?? 0}
            valueStyle={{ color: '#1456b8' }}
            data-testid="pending-review-count"
          />
          <Link to={queuePath}>
            <Button type="primary" data-testid="open-person-review">
              {t('personReview.openQueue')}
            </Button>
          </Link>
        </Space>
      )}
    </Card>
  );
};
