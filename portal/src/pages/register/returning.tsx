import { Button, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormError } from '../../components/account/FormError';
import { ResetByCodeForm } from '../../components/account/ResetByCodeForm';
import { jwtOf } from '../../components/account/session-token';
import { useSignIn } from '../../components/account/useSignIn';
import { PublicPage } from '../../components/layout/PublicPage';
import { useCmsAction } from '../../providers/actions';
import type { ApiError } from '../../providers/http';

/** After the previous account is verified: this edition's draft copied from the last one. */
const useRenewal = () => {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const { send } = useCmsAction();
  return async (jwt: string) => {
    await signIn(jwt);
    await send('/api/registration/renewal', { data: {} });
    // The session now names this edition's organization.
    await signIn(jwt);
    navigate('/visitor/organization', { replace: true });
  };
};

const ByPassword = () => {
  const { t } = useTranslation();
  const renew = useRenewal();
  const { send } = useCmsAction();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Form<{ identifier: string; password: string }>
      layout="vertical"
      name="returning-password"
      onValuesChange={() => setError(null)}
      onFinish={async ({ identifier, password }) => {
        setBusy(true);
        setError(null);
        try {
          const answer = await send<Parameters<typeof jwtOf>[0]>('/api/auth/local', {
            auth: false,
            body: {
              // A credit code is upper case; an email account is left as typed.
              identifier: identifier.includes('@')
                ? identifier.trim()
                : identifier.trim().toUpperCase(),
              password,
            },
          });
          await renew(jwtOf(answer));
        } catch (e) {
          setError((e as ApiError).message || t('auth.failed'));
        } finally {
          setBusy(false);
        }
      }}
    >
      <FormError message={error} testId="returning-error" />
      <Form.Item
        label={t('returning.account')}
        name="identifier"
        extra={t('returning.accountHint')}
        rules={[{ required: true, whitespace: true, message: t('auth.accountRequired') }]}
      >
        <Input autoComplete="username" data-testid="returning-account" />
      </Form.Item>
      <Form.Item
        label={t('auth.password')}
        name="password"
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="returning-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={busy}
        data-testid="returning-submit"
      >
        {t('returning.verifyAndRenew')}
      </Button>
    </Form>
  );
};

/**
 * `/register/returning` (往届专业观众): verify the previous account by credit code + password,
 * or by phone/email code + new password; then `POST /api/registration/renewal` pre-fills this
 * edition and the liaison continues at `/visitor/organization`.
 */
export const ReturningPage = () => {
  const { t } = useTranslation();
  const renew = useRenewal();
  return (
    <PublicPage title={t('returning.title')} subtitle={t('returning.subtitle')}>
      <Tabs
        centered
        items={[
          { key: 'password', label: t('returning.byPassword'), children: <ByPassword /> },
          {
            key: 'code',
            label: t('returning.byCode'),
            children: (
              <ResetByCodeForm submitLabel={t('returning.verifyAndRenew')} onDone={renew} />
            ),
          },
        ]}
      />
      <Typography.Paragraph style={{ textAlign: 'center', marginTop: 16, marginBottom: 0 }}>
        <Link to="/register">{t('returning.newRegistration')}</Link>
      </Typography.Paragraph>
    </PublicPage>
  );
};
