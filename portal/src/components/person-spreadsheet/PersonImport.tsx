import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useInvalidate } from '@refinedev/core';
import {
  Alert,
  App,
  Button,
  Card,
  Progress,
  Radio,
  Space,
  Table,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../providers/download';
import { type ApiError, request } from '../../providers/http';

/** One line of the server's per-row report (cms/API.md "Person spreadsheet"). */
export interface ImportProblem {
  row: number;
  field: string;
  code: string;
  zh: string;
  en: string;
}

export interface PersonImportRecord {
  documentId: string;
  fileName?: string;
  mode: 'validOnly' | 'allOrNothing';
  importStatus: 'queued' | 'running' | 'done' | 'failed';
  totalRows: number;
  checkedRows: number;
  invalidRows: number;
  importedRows: number;
  problemCount?: number;
  report?: ImportProblem[] | null;
  failure?: { code: string; zh: string; en: string } | null;
}

type Mode = PersonImportRecord['mode'];
const POLL_MS = 1000;
/** The person form's labels (persons.*) for the fields a report names. */
const FIELD_KEYS: Record<string, string> = { entryDateOption: 'entryDate' };

const percentOf = (record: PersonImportRecord) => {
  if (record.importStatus === 'done') return 100;
  if (!record.totalRows) return 0;
  // Checking is most of the work; the last step is the insert.
  return Math.min(99, Math.floor((record.checkedRows / record.totalRows) * 95));
};

/**
 * 批量导入: download the template, upload the filled workbook with the chosen mode, follow the
 * job's progress, then read the per-row report. The server decides everything; this shows it.
 */
export const PersonImport = ({ onImported }: { onImported?: () => void }) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const english = i18n.language.startsWith('en');
  const [mode, setMode] = useState<Mode>('validOnly');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState<'template' | 'upload' | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [record, setRecord] = useState<PersonImportRecord | null>(null);
  const invalidate = useInvalidate();

  const running = record && ['queued', 'running'].includes(record.importStatus);
  useEffect(() => {
    if (!record || !running) return;
    const timer = window.setTimeout(async () => {
      try {
        const body = await request<{ data: PersonImportRecord }>(
          `/api/persons/imports/${record.documentId}`,
        );
        setRecord(body.data);
        if (body.data.importStatus === 'done' && body.data.importedRows > 0) {
          // Refine caches the person list: it must show the newcomers on the way back.
          await invalidate({ resource: 'persons', invalidates: ['list'] });
          onImported?.();
        }
      } catch (error) {
        message.error((error as ApiError).message);
      }
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [record, running, message, onImported, invalidate]);

  const template = async () => {
    setBusy('template');
    try {
      await downloadFile('/api/persons/import-template', `${t('personImport.templateFile')}.xlsx`);
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    const file = files[0]?.originFileObj;
    if (!file) return;
    setBusy('upload');
    setUploadError(null);
    setRecord(null);
    try {
      const form = new FormData();
      form.append('mode', mode);
      form.append('file', file, file.name);
      const body = await request<{ data: PersonImportRecord }>('/api/persons/imports', {
        method: 'POST',
        body: form,
      });
      setRecord(body.data);
    } catch (error) {
      const apiError = error as ApiError;
      setUploadError(Object.values(apiError.errors ?? {})[0] ?? apiError.message);
    } finally {
      setBusy(null);
    }
  };

  const columns = [
    { title: t('personImport.row'), dataIndex: 'row', width: 90 },
    {
      title: t('personImport.field'),
      dataIndex: 'field',
      width: 140,
      render: (field: string) =>
        t(`persons.${FIELD_KEYS[field] ?? field}`, { defaultValue: field }),
    },
    {
      title: t('personImport.message'),
      key: 'message',
      render: (_: unknown, problem: ImportProblem) => (english ? problem.en : problem.zh),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('personImport.step1')}>
        <Space direction="vertical">
          <Typography.Text type="secondary">{t('personImport.templateHint')}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'template'}
            onClick={() => void template()}
            data-testid="import-template"
          >
            {t('personImport.downloadTemplate')}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={t('personImport.step2')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            data-testid="import-mode"
          >
            <Space direction="vertical">
              <Radio value="validOnly">{t('personImport.validOnly')}</Radio>
              <Radio value="allOrNothing">{t('personImport.allOrNothing')}</Radio>
            </Space>
          </Radio.Group>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(-1))}
          >
            <Button icon={<UploadOutlined />} data-testid="import-choose">
              {t('personImport.chooseFile')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('personImport.fileHint')}</Typography.Text>
          <Button
            type="primary"
            disabled={files.length === 0 || !!running}
            loading={busy === 'upload'}
            onClick={() => void start()}
            data-testid="import-start"
          >
            {t('personImport.start')}
          </Button>
          {uploadError && <Alert type="error" showIcon message={uploadError} />}
        </Space>
      </Card>
      {record && (
        <Card size="small" title={t('personImport.step3')} data-testid="import-result">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Progress
              percent={percentOf(record)}
              status={
                record.importStatus === 'failed'
                  ? 'exception'
                  : record.importStatus === 'done'
                    ? 'success'
                    : 'active'
              }
            />
            <Typography.Text data-testid="import-status">
              {t(`personImport.status.${record.importStatus}`, {
                checked: record.checkedRows,
                total: record.totalRows,
              })}
            </Typography.Text>
            {record.importStatus === 'failed' && record.failure && (
              <Alert
                type="error"
                showIcon
                message={english ? record.failure.en : record.failure.zh}
              />
            )}
            {record.importStatus === 'done' && (
              <Alert
                type={record.invalidRows > 0 ? 'warning' : 'success'}
                showIcon
                data-testid="import-summary"
                message={t(
                  record.invalidRows > 0 && record.importedRows === 0
                    ? 'personImport.summaryNothing'
                    : 'personImport.summary',
                  {
                    total: record.totalRows,
                    imported: record.importedRows,
                    invalid: record.invalidRows,
                  },
                )}
              />
            )}
            {(record.report?.length ?? 0) > 0 && (
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.field}-${p.code}`}
                columns={columns}
                dataSource={record.report ?? []}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="import-report"
              />
            )}
          </Space>
        </Card>
      )}
    </Space>
  );
};
