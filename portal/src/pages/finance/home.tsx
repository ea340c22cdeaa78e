import { useTranslation } from 'react-i18next';
import { AreaHome } from '../AreaHome';

export const FinanceHome = () => {
  const { t } = useTranslation();
  return <AreaHome area="finance" intro={t('finance.intro')} />;
};
