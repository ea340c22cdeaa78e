import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ResetByCodeForm } from '../../components/account/ResetByCodeForm';
import { useSignIn } from '../../components/account/useSignIn';
import { PublicPage } from '../../components/layout/PublicPage';
import { fetchSession } from '../../providers/session';
import { homeOfRole } from '../../resources';

/** `/sign-in-by-code` (验证码登录): a code to the account's verified mobile or email signs in and unlocks it. */
export const CodeSignInPage = () => {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const navigate = useNavigate();
  return (
    <PublicPage title={t('codeSignIn.title')} subtitle={t('codeSignIn.subtitle')}>
      <ResetByCodeForm
        mode="signIn"
        submitLabel={t('codeSignIn.submit')}
        onDone={async (jwt) => {
          await signIn(jwt);
          const session = await fetchSession();
          navigate(homeOfRole(session.role), { replace: true });
        }}
      />
      <Typography.Paragraph style={{ textAlign: 'center', marginTop: 16, marginBottom: 0 }}>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </Typography.Paragraph>
    </PublicPage>
  );
};
