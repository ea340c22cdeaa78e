import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** 404 for a path no route knows (its own chunk: antd's Result carries three illustrations). */
export const NotFound = () => {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('pages.error.404')} />;
};
