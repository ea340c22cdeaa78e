import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationQueue } from '../../components/organization/OrganizationQueue';
import { OrganizationReview } from '../../components/organization/OrganizationReview';

/** `/operations/organizations`: the same queue over all delegations. */
export const OperationsOrganizationList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.operations.organizations')}
      </Typography.Title>
      <OrganizationQueue scope="operations" basePath="/operations/organizations" />
    </>
  );
};

export const OperationsOrganizationShow = () => (
  <OrganizationReview backPath="/operations/organizations" />
);
