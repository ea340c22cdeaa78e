import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A menu entry whose function a later release builds: says so, shows no made-up data. */
export const LaterRelease = ({ titleKey, home }: { titleKey: string; home: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="later-release">
      <Result
        icon={<ClockCircleOutlined />}
        title={<span data-testid="page-title">{t(titleKey)}</span>}
        subTitle={t('later.subtitle')}
        extra={
          <Button type="primary" onClick={() => navigate(home)}>
            {t('later.backHome')}
          </Button>
        }
      />
    </div>
  );
};
