import { Card, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Area, entriesOf } from '../resources';

/** Home of a staff area: heading, what the area is for, and its functions as cards. */
export const AreaHome = ({
  area,
  intro,
  children,
}: {
  area: Area;
  intro?: ReactNode;
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  const links = entriesOf(area).filter((e) => e.path !== `/${area}`);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} data-testid="home-title" style={{ marginTop: 0 }}>
          {t(`home.${area}`)}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      </div>
      {children}
      <Card title={t('home.quickLinks')}>
        <Row gutter={[12, 12]}>
          {links.map((e) => (
            <Col key={e.name} xs={12} sm={8} lg={6}>
              <Link to={e.path}>
                <Card size="small" hoverable>
                  {t(e.labelKey)}
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Space>
  );
};
