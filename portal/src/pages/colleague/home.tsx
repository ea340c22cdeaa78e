import { useGetIdentity, useList } from '@refinedev/core';
import { Card, Descriptions, Skeleton, Space, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonStatusTag } from '../../components/person/PersonStatusTag';
import type { Person } from '../../components/person/types';
import type { Identity } from '../../providers/auth';

const FLOW = ['register', 'confirm', 'order', 'review', 'entry'] as const;

/** Where the colleague's own person stands in FLOW; declined and rejected stop with an error. */
type StepStatus = 'process' | 'error' | 'finish' | 'wait';
const STEP_OF_STATUS: Record<string, [number, StepStatus]> = {
  toConfirm: [1, 'process'],
  declined: [1, 'error'],
  draft: [1, 'process'],
  pendingPayment: [2, 'process'],
  inOrder: [2, 'process'],
  pendingReview: [3, 'process'],
  rejected: [3, 'error'],
  approved: [4, 'process'],
  inProduction: [4, 'process'],
  issued: [4, 'finish'],
};

/** A colleague's home (reached by QR on a phone): who they are and how their registration goes. */
export const ColleagueHome = () => {
  const { t } = useTranslation();
  const { data: identity, isLoading } = useGetIdentity<Identity>();
  // The server scopes a colleague's person list to their own person.
  const { result } = useList<Person>({ resource: 'persons', pagination: { pageSize: 1 } });
  const person = result?.data?.[0];
  const [current, status]: [number, StepStatus] = person
    ? (STEP_OF_STATUS[person.personStatus] ?? [0, 'process'])
    : [-1, 'wait'];
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
            {person && (
              <Descriptions.Item label={t('persons.status')}>
                <PersonStatusTag status={person.personStatus} />
              </Descriptions.Item>
            )}
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
          current={current}
          status={current >= 0 ? status : undefined}
          items={FLOW.map((key) => ({ key, title: t(`colleague.steps.${key}`) }))}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('colleague.contactLiaison')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
};
