import { DownloadOutlined } from '@ant-design/icons';
import type { CrudFilters, CrudSort } from '@refinedev/core';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildListQuery } from '../providers/data';
import { downloadFile } from '../providers/download';
import type { ApiError } from '../providers/http';
import { stringifyQuery } from '../providers/query-string';

/** `path?query` for a list's export route, with the table's own filters and sort. */
export const listExportUrl = (path: string, filters: CrudFilters = [], sorters?: CrudSort[]) => {
  const query = stringifyQuery(buildListQuery({ filters, sorters, pagination: { mode: 'off' } }));
  return query ? `${path}?${query}` : path;
};

/**
 * 导出: downloads `url` (an export route the server scopes and filters) as an XLSX named
 * `<fileName>-<time>.xlsx`; a refusal is shown as the server's message.
 */
export const ExportButton = ({
  url,
  fileName,
  testId = 'export-xlsx',
  label,
}: {
  url: string;
  fileName: string;
  testId?: string;
  label?: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(url, `${fileName}-${dayjs().format('YYYYMMDD-HHmm')}.xlsx`);
    } catch (error) {
      message.error((error as ApiError).message || t('personImport.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={testId}
    >
      {label ?? t('buttons.export')}
    </Button>
  );
};
