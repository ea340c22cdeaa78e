import { useTranslation } from 'react-i18next';
import { AreaHome } from '../AreaHome';

export const OperationsHome = () => {
  const { t } = useTranslation();
  return <AreaHome area="operations" intro={t('operations.intro')} />;
};
