import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationQueue } from '../../../components/organization/OrganizationQueue';
import { OrganizationReview } from '../../../components/organization/OrganizationReview';

/** `/delegation/organizations`: the review queue of the reviewer's delegation subtree. */
export const DelegationOrganizationList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.delegation.organizations')}
      </Typography.Title>
      <OrganizationQueue scope="delegation" basePath="/delegation/organizations" />
    </>
  );
};

/** `/delegation/organizations/:id`. */
export const DelegationOrganizationShow = () => (
  <OrganizationReview backPath="/delegation/organizations" />
);
