import { useTranslation } from 'react-i18next';
import { CodeToHomePage } from '../../components/account/CodeToHomePage';

/** `/sign-in-by-code` (验证码登录): a code to the account's verified mobile or email signs in and unlocks it. */
export const CodeSignInPage = () => {
  const { t } = useTranslation();
  return (
    <CodeToHomePage
      mode="signIn"
      title={t('codeSignIn.title')}
      subtitle={t('codeSignIn.subtitle')}
      submitLabel={t('codeSignIn.submit')}
    />
  );
};
