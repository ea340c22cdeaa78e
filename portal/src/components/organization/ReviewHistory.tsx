import { useCustom } from '@refinedev/core';
import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from './OrganizationDescriptions';
import type { HistoryEntry } from './types';

const COLORS: Record<string, string> = {
  approved: 'green',
  rejected: 'red',
  submitted: 'blue',
  draft: 'gray',
};

/** The query key of a record's history, for refreshing it after an action. */
export const historyKey = (resource: string, id: string) => ['review-history', resource, id];

/**
 * 审核记录: `GET /api/<resource>/:id/history`, newest first. States are labelled by
 * `stateLabel` (persons have their own states); organization review states by default.
 */
export const ReviewHistory = ({
  recordId,
  resource = 'organizations',
  stateLabel,
}: {
  recordId: string;
  resource?: 'organizations' | 'persons' | 'refunds';
  stateLabel?: (state: string) => string;
}) => {
  const { t } = useTranslation();
  const { query, result } = useCustom<{ data: HistoryEntry[] }>({
    url: `/api/${resource}/${encodeURIComponent(recordId)}/history`,
    method: 'get',
    errorNotification: false,
    queryOptions: { queryKey: historyKey(resource, recordId) },
  });
  const labelOfState = (state: string) =>
    stateLabel ? stateLabel(state) : t(`reviewStatus.${state}`, { defaultValue: state });
  if (query.isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (query.isError) {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('review.historyFailed')}
        description={query.error?.message}
      />
    );
  }
  const rows = [...(result?.data?.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  if (!rows.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noHistory')} />;
  return (
    <Timeline
      data-testid="review-history"
      items={rows.map((row, index) => ({
        key: `${row.at}-${index}`,
        color: COLORS[row.toState] ?? 'blue',
        children: (
          <div data-testid="history-row">
            <Typography.Text strong>
              {t(`review.actions.${row.action}`, { defaultValue: row.action })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {labelOfState(row.fromState ?? 'draft')} → {labelOfState(row.toState)}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatTime(row.at)} ·{' '}
                {row.actorName ||
                  t(`review.actors.${row.actorRole}`, { defaultValue: row.actorRole })}
              </Typography.Text>
            </div>
            {row.reason && (
              <div>
                <Typography.Text type="danger">
                  {t('review.reason')}：{row.reason}
                </Typography.Text>
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
};
