import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServiceHotline } from '../edition/ServiceHotline';
import { LanguageSwitch } from './LanguageSwitch';
import { PublicSheet } from './PublicSheet';

/** The frame of the signed-out pages (registration, forgot password, one-click link). */
export const PublicPage = ({
  title,
  subtitle,
  children,
  width = 480,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) => {
  const { t } = useTranslation();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        padding: '16px 12px 32px',
        background: 'linear-gradient(180deg, #e8f0fb 0%, #f5f7fa 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: width }}>
        <Space
          style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}
          align="center"
        >
          <Link to="/login">
            <Typography.Text strong style={{ color: '#1456b8' }}>
              {t('app.title')}
            </Typography.Text>
          </Link>
          <LanguageSwitch />
        </Space>
        <PublicSheet padding="20px 16px">
          <Typography.Title
            level={3}
            style={{ marginTop: 0, textAlign: 'center' }}
            data-testid="page-title"
          >
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
              {subtitle}
            </Typography.Paragraph>
          )}
          {children}
        </PublicSheet>
        <ServiceHotline align="center" />
      </div>
    </div>
  );
};
