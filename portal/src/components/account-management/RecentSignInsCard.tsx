import { useCustom } from '@refinedev/core';
import { Card, Grid, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeSeconds } from '../beijing-time';
import { ACCOUNT_QUERY } from './useAccountAction';

interface SignIn {
  id: number;
  at: string;
  method: 'password' | 'code';
  succeeded: boolean;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** A short name of the browser and system from a user agent, for people, not for parsing. */
export function deviceOf(userAgent: string | null): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /MicroMessenger/.test(ua)
      ? 'WeChat'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Safari\//.test(ua)
            ? 'Safari'
            : '';
  const system = /iPhone|iPad/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return [browser, system].filter(Boolean).join(' · ') || ua.slice(0, 40) || '—';
}

/** 最近登录: the account's last 20 sign-ins and failed attempts; a list on a phone. */
export const RecentSignInsCard = () => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { result, query } = useCustom<{ data: SignIn[] }>({
    url: '/api/account/sign-ins',
    method: 'get',
    queryOptions: { queryKey: [...ACCOUNT_QUERY, 'sign-ins'] },
  });
  const rows = result?.data?.data ?? [];
  const when = formatDateTimeSeconds;
  const outcome = (row: SignIn) =>
    row.succeeded ? (
      <Tag color="green">{t(`account.signIn.${row.method}`)}</Tag>
    ) : (
      <Tag color="red">{t(`account.signIn.failed.${row.reason ?? 'wrongPassword'}`)}</Tag>
    );
  return (
    <Card title={t('account.recentSignIns')} data-testid="recent-sign-ins">
      {screens.md ? (
        <Table<SignIn>
          rowKey="id"
          size="small"
          loading={query.isLoading}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('account.signIn.at'), dataIndex: 'at', render: when },
            { title: t('account.signIn.result'), render: (_v, row) => outcome(row) },
            { title: 'IP', dataIndex: 'ip' },
            {
              title: t('account.signIn.device'),
              dataIndex: 'userAgent',
              render: (ua: string | null) => (
                <Typography.Text title={ua ?? ''}>{deviceOf(ua)}</Typography.Text>
              ),
            },
          ]}
        />
      ) : (
        <List<SignIn>
          loading={query.isLoading}
          dataSource={rows}
          renderItem={(row) => (
            <List.Item extra={outcome(row)}>
              <List.Item.Meta
                title={when(row.at)}
                description={`${row.ip ?? '—'} · ${deviceOf(row.userAgent)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
};
