import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ServiceHotline } from '../../components/edition/ServiceHotline';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { PublicSheet } from '../../components/layout/PublicSheet';
import { authProvider, type LoginVariables } from '../../providers/auth';

/** `/login`: account (username, email or credit code) and password; errors come from the cms. */
export const LoginPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  // A locked account signs in by code (the server's message says so); offer it right there.
  const [locked, setLocked] = useState(false);
  const [isPending, setPending] = useState(false);
  // The auth provider's login without Refine: this page loads before (and without) the data layer.
  const login = async (variables: LoginVariables) => {
    setPending(true);
    try {
      const response = await authProvider.login(variables);
      if (!response.success) {
        setError(response.error?.message || t('auth.failed'));
        setLocked(response.error?.name === 'AccountLocked');
        return;
      }
      // The signed-in app mounts after this with an empty cache: nothing of a previous user shows.
      const back = searchParams.get('to');
      const target = back?.startsWith('/') && back !== '/' ? back : response.redirectTo;
      navigate(target ?? '/', { replace: true });
    } catch (e) {
      setError((e as Error).message || t('auth.failed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(180deg, #e8f0fb 0%, #f5f7fa 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 400 }}>
        <Space style={{ width: '100%', justifyContent: 'flex-end', marginBottom: 12 }}>
          <LanguageSwitch />
        </Space>
        <PublicSheet padding="24px">
          <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {t('auth.subtitle')}
          </Typography.Paragraph>
          {error && (
            <Alert
              type="error"
              showIcon
              message={error}
              data-testid="login-error"
              role="alert"
              action={
                locked ? (
                  <Button size="small" onClick={() => navigate('/sign-in-by-code')}>
                    {t('auth.codeSignIn')}
                  </Button>
                ) : undefined
              }
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<LoginVariables>
            layout="vertical"
            name="login"
            requiredMark={false}
            onValuesChange={() => setError(null)}
            onFinish={(values) => {
              setError(null);
              void login({ identifier: values.identifier.trim(), password: values.password });
            }}
          >
            <Form.Item
              label={t('auth.account')}
              name="identifier"
              rules={[{ required: true, whitespace: true, message: t('auth.accountRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t('auth.accountPlaceholder')}
                autoComplete="username"
                size="large"
              />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={isPending}
              data-testid="login-submit"
            >
              {t('auth.submit')}
            </Button>
          </Form>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              flexWrap: 'wrap',
              gap: 8,
              marginTop: 12,
            }}
          >
            <Link to="/forgot-password" data-testid="forgot-password-link">
              {t('auth.forgotPassword')}
            </Link>
            <Link to="/sign-in-by-code" data-testid="code-sign-in-link">
              {t('auth.codeSignIn')}
            </Link>
            <Link to="/register/returning" data-testid="returning-link">
              {t('auth.returning')}
            </Link>
          </div>
          <Button
            block
            size="large"
            style={{ marginTop: 16 }}
            data-testid="register-link"
            onClick={() => navigate('/register')}
          >
            {t('auth.register')}
          </Button>
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Link to="/services" data-testid="services-link">
              {t('auth.servicesLink')}
            </Link>
          </div>
        </PublicSheet>
        <ServiceHotline align="center" />
      </div>
    </div>
  );
};
