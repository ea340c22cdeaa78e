import { IdcardOutlined } from '@ant-design/icons';
import { ThemedTitle } from '@refinedev/antd';
import { useTranslation } from 'react-i18next';

export const AppTitle = ({ collapsed }: { collapsed: boolean }) => {
  const { t } = useTranslation();
  return <ThemedTitle collapsed={collapsed} text={t('app.shortTitle')} icon={<IdcardOutlined />} />;
};
