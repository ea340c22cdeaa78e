import { LogoutOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout } from '@refinedev/core';
import { Button, Grid, Layout, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../providers/auth';
import { LanguageSwitch } from './LanguageSwitch';

/** Header of every signed-in area: language switch, the user's name and role, log out. */
export const AppHeader = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const { data: identity } = useGetIdentity<Identity>();
  const { mutate: logout } = useLogout();
  return (
    <Layout.Header
      style={{
        backgroundColor: token.colorBgElevated,
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        padding: '0 16px',
        height: 64,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Space size={screens.sm ? 'middle' : 'small'} align="center">
        <LanguageSwitch />
        {identity && (
          <Space direction="vertical" size={0} style={{ lineHeight: 1.2, textAlign: 'right' }}>
            <Typography.Text strong data-testid="user-name" ellipsis style={{ maxWidth: 140 }}>
              {identity.name}
            </Typography.Text>
            {screens.sm && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`roles.${identity.role}`)}
              </Typography.Text>
            )}
          </Space>
        )}
        <Button
          icon={<LogoutOutlined />}
          aria-label={t('auth.logout')}
          data-testid="logout"
          onClick={() => logout()}
        >
          {screens.sm ? t('auth.logout') : null}
        </Button>
      </Space>
    </Layout.Header>
  );
};
