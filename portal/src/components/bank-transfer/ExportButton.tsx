import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';

/** 导出 XLSX of a finance list, with the list's own filters in `url`. */
export const ExportButton = ({ url, fileName }: { url: string; fileName: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(url, `${fileName}-${dayjs().format('YYYYMMDD-HHmm')}.xlsx`);
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid="export-xlsx"
    >
      {t('transfers.export')}
    </Button>
  );
};
