import { Anchor, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/beijing-time';
import { ActivityFacts } from '../../components/content/ActivityFacts';
import { ContentList } from '../../components/content/ContentList';
import type { ActivityItem, GuideItem, NewsItem } from '../../components/content/types';

const SECTIONS = [
  { id: 'expo-news', labelKey: 'services.news' },
  { id: 'pre-expo-news', labelKey: 'services.preExpo' },
  { id: 'guides', labelKey: 'services.guides' },
  { id: 'activities', labelKey: 'services.activities' },
  { id: 'supply-demand', labelKey: 'services.supplyDemand' },
] as const;

const Published = ({ item }: { item: NewsItem }) => {
  const { t } = useTranslation();
  const date = item.releasedOn ?? item.publishedAt;
  return date ? (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('services.publishedAt')} {formatDate(date)}
    </Typography.Text>
  ) : null;
};

/**
 * 展会服务: expo news, pre-expo activity news, registration guide, activity sign-up and
 * supply–demand matching. Public at `/services`, and inside the visitor area.
 */
export const ServicesHub = ({ basePath, signedIn }: { basePath: string; signedIn: boolean }) => {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} data-testid="services-title" style={{ marginTop: 0 }}>
          {t('services.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('services.intro')}</Typography.Paragraph>
        <Anchor
          direction="horizontal"
          affix={false}
          items={SECTIONS.map((s) => ({ key: s.id, href: `#${s.id}`, title: t(s.labelKey) }))}
        />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card id="expo-news" title={t('services.news')}>
            <ContentList<NewsItem>
              kind="news"
              basePath={basePath}
              testId="news-list"
              filters={[{ field: 'category', operator: 'eq', value: 'expoNews' }]}
              sorters={[
                { field: 'releasedOn', order: 'desc' },
                { field: 'publishedAt', order: 'desc' },
              ]}
              extra={(item) => <Published item={item} />}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card id="pre-expo-news" title={t('services.preExpo')}>
            <ContentList<NewsItem>
              kind="news"
              basePath={basePath}
              testId="pre-expo-news-list"
              filters={[{ field: 'category', operator: 'eq', value: 'preExpoActivityNews' }]}
              sorters={[
                { field: 'releasedOn', order: 'desc' },
                { field: 'publishedAt', order: 'desc' },
              ]}
              extra={(item) => <Published item={item} />}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card id="guides" title={t('services.guides')}>
            <ContentList<GuideItem>
              kind="guides"
              basePath={basePath}
              testId="guide-list"
              sorters={[{ field: 'sortOrder', order: 'asc' }]}
              pageSize={10}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            id="activities"
            title={t('services.activities')}
            extra={
              signedIn ? null : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('services.signUpHint')}
                </Typography.Text>
              )
            }
          >
            <ContentList<ActivityItem>
              kind="activities"
              basePath={basePath}
              testId="activity-list"
              sorters={[{ field: 'startsAt', order: 'asc' }]}
              pageSize={10}
              extra={(item) => <ActivityFacts activity={item} />}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card id="supply-demand" title={t('services.supplyDemand')} data-testid="supply-demand">
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('services.supplyDemandText')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
};
