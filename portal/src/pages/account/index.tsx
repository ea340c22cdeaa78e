import { useCustom } from '@refinedev/core';
import { Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangeContactCard } from '../../components/account-management/ChangeContactCard';
import { ChangePasswordCard } from '../../components/account-management/ChangePasswordCard';
import { HandoverCard } from '../../components/account-management/HandoverCard';
import { RecentSignInsCard } from '../../components/account-management/RecentSignInsCard';
import { SignOutEverywhereCard } from '../../components/account-management/SignOutEverywhereCard';
import {
  ACCOUNT_QUERY,
  ACCOUNT_URL,
  type Account,
} from '../../components/account-management/useAccountAction';

/** 账户管理 (`/visitor/account`, `/colleague/account`): the signed-in account, and nothing else. */
export const AccountPage = () => {
  const { t } = useTranslation();
  const { result, query } = useCustom<{ data: Account }>({
    url: ACCOUNT_URL,
    method: 'get',
    queryOptions: { queryKey: ACCOUNT_QUERY },
  });
  const account = result?.data?.data;
  if (query.isLoading || !account) return <Skeleton active />;
  return (
    <div data-testid="account-page">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('menu.visitor.account')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('account.username')}>
                {account.username}
              </Descriptions.Item>
              <Descriptions.Item label={t('account.mobile')}>
                {account.mobile ?? t('account.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('account.email')}>
                {account.email ?? t('account.none')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordCard />
        </Col>
        <Col xs={24} lg={12}>
          <RecentSignInsCard />
        </Col>
        <Col xs={24} lg={12}>
          <ChangeContactCard channel="sms" current={account.mobile} />
        </Col>
        <Col xs={24} lg={12}>
          <ChangeContactCard channel="email" current={account.email} />
        </Col>
        {account.canHandOver && (
          <Col xs={24} lg={12}>
            <HandoverCard />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <SignOutEverywhereCard />
        </Col>
      </Row>
    </div>
  );
};
