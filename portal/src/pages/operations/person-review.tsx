import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonQueue } from '../../components/person-review/PersonQueue';
import { PersonReview } from '../../components/person-review/PersonReview';

/** `/operations/person-review`: 人员审核, persons of all organizations, pending review first. */
export const OperationsPersonReviewList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.operations.personReview')}
      </Typography.Title>
      <PersonQueue reviewing basePath="/operations/person-review" />
    </>
  );
};

/** `/operations/person-review/:id`. */
export const OperationsPersonReviewShow = () => (
  <PersonReview backPath="/operations/person-review" />
);
