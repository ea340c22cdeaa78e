import { useTranslation } from 'react-i18next';
import { PendingReviewCard } from '../../components/person-review/PendingReviewCard';
import { AreaHome } from '../AreaHome';

export const OperationsHome = () => {
  const { t } = useTranslation();
  return (
    <AreaHome area="operations" intro={t('operations.intro')}>
      <PendingReviewCard queuePath="/operations/person-review" />
    </AreaHome>
  );
};
