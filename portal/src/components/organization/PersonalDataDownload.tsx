import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';

/**
 * 下载本单位数据: the liaison's copy of everything the system holds on the organization
 * (PIPL access right) — a ZIP of JSON and XLSX the server builds for the liaison's own
 * organization only, and logs.
 */
export const PersonalDataDownload = ({ organizationId }: { organizationId: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(
        `/api/organizations/${organizationId}/personal-data`,
        `${t('personalData.fileName')}-${dayjs().format('YYYYMMDD-HHmm')}.zip`,
      );
    } catch (error) {
      message.error((error as ApiError).message || t('personalData.failed'));
    } finally {
      setBusy(false);
    }
  };
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
