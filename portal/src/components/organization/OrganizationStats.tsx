import { useCustom } from '@refinedev/core';
import { Alert, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChartRow } from './StatusColumnChart';

const StatusColumnChart = lazy(() => import('./StatusColumnChart'));

const STATES = ['submitted', 'approved', 'rejected', 'draft'] as const;
const COLORS: Record<string, string> = {
  submitted: '#1456b8',
  approved: '#389e0d',
  rejected: '#cf1322',
  draft: '#8c8c8c',
};

export interface OrganizationStatsBody {
  byStatus: Record<string, number>;
  bySubDelegation: {
    documentId: string;
    code: string;
    nameZh: string;
    nameEn: string;
    total: number;
    counts: Record<string, number>;
  }[];
}

/** Counts by review status (Statistic cards) and by sub-delegation (a chart): `/api/organizations/stats`. */
export const OrganizationStats = ({ queuePath }: { queuePath: string }) => {
  const { t, i18n } = useTranslation();
  const { query, result } = useCustom<
    { data?: OrganizationStatsBody } & Partial<OrganizationStatsBody>
  >({
    url: '/api/organizations/stats',
    method: 'get',
    errorNotification: false,
  });
  const body = result?.data;
  const stats: OrganizationStatsBody | undefined =
    body?.data ?? (body?.byStatus ? (body as OrganizationStatsBody) : undefined);
  const chart = useMemo<ChartRow[]>(
    () =>
      (stats?.bySubDelegation ?? [])
        .filter((d) => d.total > 0)
        .flatMap((d) =>
          STATES.filter((s) => d.counts?.[s]).map((s) => ({
            name: i18n.language === 'en' ? d.nameEn : d.nameZh,
            status: t(`reviewStatus.${s}`),
            count: d.counts[s] ?? 0,
          })),
        ),
    [stats, i18n.language, t],
  );
  if (query.isLoading) return <Skeleton active />;
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
      <Row gutter={[12, 12]} data-testid="organization-stats">
        {STATES.map((state) => (
          <Col key={state} xs={12} md={6}>
            <Link to={queuePath}>
              <Card size="small" hoverable>
                <Statistic
                  title={t(`reviewStatus.${state}`)}
                  value={stats.byStatus?.[state] ?? 0}
                  valueStyle={{ color: COLORS[state] }}
                  data-testid={`stat-${state}`}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Card title={t('stats.bySubDelegation')} size="small" style={{ marginTop: 16 }}>
        {chart.length ? (
          <Suspense fallback={<Skeleton active />}>
            <StatusColumnChart data={chart} />
          </Suspense>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.empty')} />
        )}
      </Card>
    </>
  );
};
