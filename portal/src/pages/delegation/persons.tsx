import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonQueue } from '../../components/person-review/PersonQueue';
import { PersonReview } from '../../components/person-review/PersonReview';
import { PersonStats } from '../../components/person-review/PersonStats';

/** `/delegation/persons`: 人员查看, the persons of the reviewer's delegation subtree, read-only. */
export const DelegationPersonList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.delegation.persons')}
      </Typography.Title>
      <div style={{ marginBottom: 16 }}>
        <PersonStats listPath="/delegation/persons" chart />
      </div>
      <PersonQueue reviewing={false} basePath="/delegation/persons" />
    </>
  );
};

/** `/delegation/persons/:id`: the record, read-only (the server allows the reviewer no action). */
export const DelegationPersonShow = () => <PersonReview backPath="/delegation/persons" />;
