import { roles } from '@pvis/config';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IdNumberLogTable } from '../../components/id-number-log/IdNumberLogTable';
import { labelOf } from '../../components/organization/labels';
import { formatTime } from '../../components/organization/OrganizationDescriptions';

interface Read {
  documentId: string;
  username: string;
  role: string;
  personNumber: string | null;
  route: string;
  readAt: string;
}
interface Alert {
  documentId: string;
  username: string;
  role: string;
  personsRead: number;
  readLimit: number;
  windowMinutes: number;
  mailedTo: string | null;
  raisedAt: string;
}

/**
 * `/operations/id-number-reads` (证件号码查看记录): who was shown whole ID numbers, when and on
 * which route, and the alerts raised when an account read more than the limit (docs/id-numbers.md).
 */
export const IdNumberReadsPage = () => {
  const { t, i18n } = useTranslation();
  const time = (at: string) => formatTime(at);
  const role = (code: string) => labelOf(roles, code, i18n.language);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.operations.idNumberReads')}
      </Typography.Title>
      <Card size="small" title={t('idNumberLog.alerts')}>
        <IdNumberLogTable<Alert>
          resource="id-number-alerts"
          newestFirstBy="raisedAt"
          testId="id-number-alerts"
          columns={[
            { title: t('idNumberLog.raisedAt'), dataIndex: 'raisedAt', width: 170, render: time },
            { title: t('idNumberLog.account'), dataIndex: 'username', width: 160 },
            { title: t('idNumberLog.role'), dataIndex: 'role', width: 110, render: role },
            {
              title: t('idNumberLog.limit'),
              key: 'limit',
              render: (_: unknown, alert: Alert) =>
                t('idNumberLog.limitText', {
                  count: alert.readLimit,
                  minutes: alert.windowMinutes,
                }),
            },
            { title: t('idNumberLog.mailedTo'), dataIndex: 'mailedTo', width: 200 },
          ]}
        />
      </Card>
      <Card size="small" title={t('idNumberLog.reads')}>
        <IdNumberLogTable<Read>
          resource="id-number-reads"
          newestFirstBy="readAt"
          testId="id-number-reads"
          columns={[
            { title: t('idNumberLog.readAt'), dataIndex: 'readAt', width: 170, render: time },
            { title: t('idNumberLog.account'), dataIndex: 'username', width: 160 },
            { title: t('idNumberLog.role'), dataIndex: 'role', width: 110, render: role },
            { title: t('idNumberLog.person'), dataIndex: 'personNumber', width: 140 },
            { title: t('idNumberLog.route'), dataIndex: 'route' },
          ]}
        />
      </Card>
    </Space>
  );
};
