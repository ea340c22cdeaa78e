import { useTranslation } from 'react-i18next';
import { CodeToHomePage } from '../../components/account/CodeToHomePage';

/** `/forgot-password`: phone or email code + new password → signed in at the role's home. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  return (
    <CodeToHomePage
      title={t('forgot.title')}
      subtitle={t('forgot.subtitle')}
      submitLabel={t('forgot.submit')}
    />
  );
};
