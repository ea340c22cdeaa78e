import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Statistic, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import type { ImportReport } from './types';

/**
 * 导入银行流水: one CSV of the receiving account; the report says how many lines were read,
 * matched, left unmatched, already imported, debits, and which rows were refused and why.
 */
export const StatementImport = ({ onImported }: { onImported: () => void }) => {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const answer = await request<{ data: ImportReport }>('/api/bank-statement-lines/import', {
        method: 'POST',
        body,
      });
      setReport(answer.data);
      onImported();
    } catch (e) {
      setReport(null);
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  const zh = i18n.language.startsWith('zh');
  return (
    <Card title={t('statements.importTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('statements.formatHelp')}
        </Typography.Paragraph>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={busy}
            data-testid="statement-upload"
          >
            {t('statements.import')}
          </Button>
        </Upload>
        {error && <Alert type="error" showIcon message={error} />}
        {report && (
          <div data-testid="statement-report">
            <Space wrap size="large">
              {(['read', 'matched', 'unmatched', 'duplicates', 'ignored'] as const).map((key) => (
                <Statistic key={key} title={t(`statements.report.${key}`)} value={report[key]} />
              ))}
              <Statistic title={t('statements.report.rejected')} value={report.rejected.length} />
            </Space>
            {report.rejected.length > 0 && (
              <List
                size="small"
                header={t('statements.report.rejectedRows')}
                dataSource={report.rejected}
                renderItem={(row) => (
                  <List.Item>
                    {t('statements.report.row', { row: row.row })}：{zh ? row.zh : row.en}
                  </List.Item>
                )}
              />
            )}
          </div>
        )}
      </Space>
    </Card>
  );
};
