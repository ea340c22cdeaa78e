import { DownloadOutlined } from '@ant-design/icons';
import type { CrudFilters, CrudSort } from '@refinedev/core';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildListQuery } from '../providers/data';
import { stringifyQuery } from '../providers/query-string';
import { stampedFileName, useDownload } from './useDownload';

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
  const { busy, download } = useDownload(t('personImport.exportFailed'));
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void download(url, stampedFileName(fileName, 'xlsx'))}
      data-testid={testId}
    >
      {label ?? t('buttons.export')}
    </Button>
  );
};
