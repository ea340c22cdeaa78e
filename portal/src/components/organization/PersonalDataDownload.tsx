import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stampedFileName, useDownload } from '../useDownload';

/**
 * 下载本单位数据: the liaison's copy of everything the system holds on the organization
 * (PIPL access right) — a ZIP of JSON and XLSX the server builds for the liaison's own
 * organization only, and logs.
 */
export const PersonalDataDownload = ({ organizationId }: { organizationId: string }) => {
  const { t } = useTranslation();
  const { busy, download } = useDownload(t('personalData.failed'));
  const run = () =>
    download(
      `/api/organizations/${organizationId}/personal-data`,
      stampedFileName(t('personalData.fileName'), 'zip'),
    );
  return (
    <Card size="small" title={t('personalData.title')} data-testid="personal-data">
      <Typography.Paragraph type="secondary">{t('personalData.hint')}</Typography.Paragraph>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={busy}
        onClick={() => void run()}
        data-testid="personal-data-download"
      >
        {t('personalData.download')}
      </Button>
    </Card>
  );
};
