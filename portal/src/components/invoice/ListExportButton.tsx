import { DownloadOutlined } from '@ant-design/icons';
import type { CrudFilters } from '@refinedev/core';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildListQuery } from '../../providers/data';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';
import { stringifyQuery } from '../../providers/query-string';

/** 导出: finance's list as the server filters it (GET /api/<resource>/export), as XLSX. */
export const ListExportButton = ({
  resource,
  filters,
  fileName,
}: {
  resource: 'invoices' | 'red-letter-invoices';
  filters: CrudFilters;
  fileName: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportList = async () => {
    setBusy(true);
    try {
      const query = stringifyQuery(buildListQuery({ filters, pagination: { mode: 'off' } }));
      await downloadFile(
        `/api/${resource}/export${query ? `?${query}` : ''}`,
        `${fileName}-${dayjs().format('YYYYMMDD-HHmm')}.xlsx`,
      );
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
      onClick={() => void exportList()}
      data-testid={`${resource}-export`}
    >
      {t('invoices.export')}
    </Button>
  );
};
