import { IdcardOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';

/** The shell of public pages (no login): title, language switch, log-in button. */
export const PublicLayout = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          backgroundColor: token.colorBgElevated,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: '0 16px',
          gap: 8,
        }}
      >
        <Link to="/services" style={{ minWidth: 0 }}>
          <Space>
            <IdcardOutlined style={{ color: token.colorPrimary, fontSize: 20 }} />
            <Typography.Text strong ellipsis style={{ maxWidth: '40vw' }}>
              {t('app.title')}
            </Typography.Text>
          </Space>
        </Link>
        <Space>
          <LanguageSwitch />
          <Button type="primary" onClick={() => navigate('/login')}>
            {t('auth.loginLink')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </Layout.Content>
    </Layout>
  );
};
