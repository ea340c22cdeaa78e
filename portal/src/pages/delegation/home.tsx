import { useGetIdentity } from '@refinedev/core';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationStats } from '../../components/organization/OrganizationStats';
import { PersonStats } from '../../components/person-review/PersonStats';
import type { Identity } from '../../providers/auth';
import { AreaHome } from '../AreaHome';

export const DelegationHome = () => {
  const { t, i18n } = useTranslation();
  const { data: identity } = useGetIdentity<Identity>();
  const delegation = identity?.delegation;
  const name = delegation ? (i18n.language === 'en' ? delegation.nameEn : delegation.nameZh) : '';
  return (
    <AreaHome
      area="delegation"
      intro={
        name ? (
          <Space size="small">
            <Typography.Text type="secondary">{t('delegation.name')}</Typography.Text>
            <Typography.Text strong data-testid="delegation-name">
              {name}
            </Typography.Text>
          </Space>
        ) : undefined
      }
    >
      <Card title={t('delegation.queueTitle')} data-testid="review-queue">
        <OrganizationStats queuePath="/delegation/organizations" />
      </Card>
      <Card title={t('delegation.personsTitle')} data-testid="person-overview">
        <PersonStats listPath="/delegation/persons" />
      </Card>
    </AreaHome>
  );
};
