import { ArrowLeftOutlined } from '@ant-design/icons';
import { useOne } from '@refinedev/core';
import { Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../components/beijing-time';
import { ActivityFacts } from '../../components/content/ActivityFacts';
import { Markdown } from '../../components/content/markdown';
import {
  type ActivityItem,
  CONTENT_KINDS,
  type ContentBase,
  isContentKind,
  type NewsItem,
} from '../../components/content/types';

/** One news item, guide or activity in the UI language; the body is Markdown. */
export const ContentDetail = ({ basePath }: { basePath: string }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { kind, id } = useParams();
  const [search] = useSearchParams();
  const valid = isContentKind(kind) && !!id;
  // An editor's preview from the cms admin: the token lets the cms answer this one draft.
  const preview = search.get('preview');
  const { query, result: item } = useOne<ContentBase & Partial<ActivityItem>>({
    resource: CONTENT_KINDS[valid ? kind : 'news'],
    id: id ?? '',
    meta: {
      locale: search.get('locale') ?? i18n.language,
      auth: false,
      ...(preview ? { status: 'draft', headers: { 'X-Preview-Token': preview } } : {}),
    },
    errorNotification: false,
    queryOptions: { enabled: valid, retry: false },
  });
  const back = (
    <Link to={basePath}>
      <ArrowLeftOutlined /> {t('services.back')}
    </Link>
  );
  if (!valid || query.isError) {
    return (
      <Result
        status="404"
        title={
          query.error?.statusCode && query.error.statusCode !== 404
            ? t('services.loadFailed')
            : undefined
        }
        subTitle={t('services.notFound')}
        extra={
          <Button type="primary" onClick={() => navigate(basePath)}>
            {t('services.back')}
          </Button>
        }
      />
    );
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        {query.isLoading || !item ? (
          <Skeleton active />
        ) : (
          <article>
            <Typography.Title level={2} data-testid="content-title" style={{ marginTop: 0 }}>
              {item.title}
            </Typography.Title>
            {kind === 'news' && ((item as NewsItem).releasedOn ?? item.publishedAt) && (
              <Typography.Paragraph type="secondary">
                {t('services.publishedAt')}{' '}
                {formatDate(((item as NewsItem).releasedOn ?? item.publishedAt) as string)}
              </Typography.Paragraph>
            )}
            {kind === 'activities' && <ActivityFacts activity={item as ActivityItem} />}
            {item.summary && (
              <Typography.Paragraph type="secondary" italic>
                {item.summary}
              </Typography.Paragraph>
            )}
            <Markdown source={item.body} />
          </article>
        )}
      </Card>
    </Space>
  );
};
