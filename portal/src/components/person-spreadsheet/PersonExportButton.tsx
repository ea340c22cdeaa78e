import { DownloadOutlined } from '@ant-design/icons';
import type { CrudFilters, CrudSort } from '@refinedev/core';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildListQuery } from '../../providers/data';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';
import { stringifyQuery } from '../../providers/query-string';

/**
 * 导出: the person list as the server filters it for the caller (same filters and sort as the
 * table), downloaded as XLSX with masked ID numbers (GET /api/persons/export).
 */
export const PersonExportButton = ({
  filters,
  sorters,
}: {
  filters: CrudFilters;
  sorters?: CrudSort[];
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportList = async () => {
    setBusy(true);
    try {
      const query = stringifyQuery(
        buildListQuery({ filters, sorters, pagination: { mode: 'off' } }),
      );
      await downloadFile(
        `/api/persons/export${query ? `?${query}` : ''}`,
        `${t('personImport.exportFileName')}-${dayjs().format('YYYYMMDD-HHmm')}.xlsx`,
      );
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
      onClick={() => void exportList()}
      data-testid="person-export"
    >
      {t('personImport.export')}
    </Button>
  );
};
