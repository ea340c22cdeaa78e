import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonImport } from '../../../components/person-spreadsheet/PersonImport';

/** /visitor/persons/import — 批量导入 of the liaison's persons. */
export const PersonImportPage = () => {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Link to="/visitor/persons">
          <Button icon={<ArrowLeftOutlined />}>{t('persons.backToList')}</Button>
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('personImport.title')}
        </Typography.Title>
      </Space>
      <PersonImport />
    </Space>
  );
};
