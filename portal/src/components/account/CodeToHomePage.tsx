import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchSession } from '../../providers/session';
import { homeOfRole } from '../../resources';
import { PublicPage } from '../layout/PublicPage';
import { ResetByCodeForm } from './ResetByCodeForm';
import { keepSessionToken } from './session-token';

/**
 * A public page around `ResetByCodeForm`: the JWT it yields signs in and lands on the role's home,
 * with a link back to the login. 忘记密码 and 验证码登录 differ only in `mode` and wording.
 */
export const CodeToHomePage = ({
  mode,
  title,
  subtitle,
  submitLabel,
}: {
  mode?: 'reset' | 'signIn';
  title: string;
  subtitle: string;
  submitLabel: string;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PublicPage title={title} subtitle={subtitle}>
      <ResetByCodeForm
        mode={mode}
        submitLabel={submitLabel}
        onDone={async (jwt) => {
          keepSessionToken(jwt);
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
