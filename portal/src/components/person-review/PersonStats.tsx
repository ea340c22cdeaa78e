import { personStatusLabels } from '@pvis/config';
import { Alert, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { labelOf } from '../organization/labels';
import type { ChartRow } from '../organization/StatusColumnChart';
import { usePersonStats } from './usePersonStats';

const StatusColumnChart = lazy(() => import('../organization/StatusColumnChart'));

/** The states a delegation follows most: paying, waiting for review, decided. */
const HEADLINE = ['pendingPayment', 'pendingReview', 'approved', 'rejected'] as const;
const COLORS: Record<string, string> = {
  pendingPayment: '#d48806',
  pendingReview: '#1456b8',
  approved: '#389e0d',
  rejected: '#cf1322',
};

/**
 * 人员证件申办概况: this edition's persons in the caller's view by status — a Statistic row (total
 * and the headline states) and, with `chart`, a column per status.
 */
export const PersonStats = ({ listPath, chart = false }: { listPath: string; chart?: boolean }) => {
  const { t, i18n } = useTranslation();
  const { query, stats } = usePersonStats();
  const rows = useMemo<ChartRow[]>(
    () =>
      personStatusLabels
        .filter((s) => stats?.byStatus?.[s.code])
        .map((s) => {
          const label = labelOf(personStatusLabels, s.code, i18n.language);
          return { name: label, status: label, count: stats?.byStatus[s.code] ?? 0 };
        }),
    [stats, i18n.language],
  );
  if (query.isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (query.isError || !stats) {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('stats.loadFailed')}
        description={query.error?.message}
      />
    );
  }
  return (
    <>
      <Row gutter={[12, 12]} data-testid="person-stats">
        <Col xs={12} md={8} xl={4}>
          <Link to={listPath}>
            <Card size="small" hoverable>
              <Statistic
                title={t('personReview.total')}
                value={stats.total}
                data-testid="person-stat-total"
              />
            </Card>
          </Link>
        </Col>
        {HEADLINE.map((state) => (
          <Col key={state} xs={12} md={8} xl={5}>
            <Link to={listPath}>
              <Card size="small" hoverable>
                <Statistic
                  title={labelOf(personStatusLabels, state, i18n.language)}
                  value={stats.byStatus?.[state] ?? 0}
                  valueStyle={{ color: COLORS[state] }}
                  data-testid={`person-stat-${state}`}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {chart && (
        <Card title={t('personReview.byStatus')} size="small" style={{ marginTop: 16 }}>
          {rows.length ? (
            <Suspense fallback={<Skeleton active />}>
              <StatusColumnChart data={rows} height={240} />
            </Suspense>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personReview.empty')} />
          )}
        </Card>
      )}
    </>
  );
};
