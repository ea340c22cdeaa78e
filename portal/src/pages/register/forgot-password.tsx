import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ResetByCodeForm } from '../../components/account/ResetByCodeForm';
import { useSignIn } from '../../components/account/useSignIn';
import { PublicPage } from '../../components/layout/PublicPage';
import { fetchSession } from '../../providers/session';
import { homeOfRole } from '../../resources';

/** `/forgot-password`: phone or email code + new password → signed in at the role's home. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const navigate = useNavigate();
  return (
    <PublicPage title={t('forgot.title')} subtitle={t('forgot.subtitle')}>
      <ResetByCodeForm
        submitLabel={t('forgot.submit')}
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
