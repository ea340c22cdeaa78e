import { genders, idTypes, regionTypes } from '@pvis/config';
import type { HttpError } from '@refinedev/core';
import { useTable } from '@refinedev/core';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkResult, useTransitions } from '../../providers/actions';
import type { ApiError } from '../../providers/http';
import { formatDateTime } from '../beijing-time';
import { listTableProps } from '../list-table';
import { labelOf } from '../organization/labels';
import type { Person } from '../person/types';

type Decision = 'confirm' | 'decline';
type Row = Person & { createdAt?: string };

/**
 * 待确认同事: persons who registered through the colleague link, with 确认 / 拒绝 per row as
 * the server allows (`allowedActions`) and the same for the ticked rows at once.
 */
export const ColleaguesToConfirm = ({ onChanged }: { onChanged?: () => void }) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const lang = i18n.language;
  const [selected, setSelected] = useState<string[]>([]);
  const [failures, setFailures] = useState<{ name: string; text: string }[]>([]);
  const [declining, setDeclining] = useState<{ ids: string[]; single: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [reasonForm] = Form.useForm<{ reason?: string }>();

  const table = useTable<Row, HttpError>({
    resource: 'persons',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    filters: { permanent: [{ field: 'personStatus', operator: 'eq', value: 'toConfirm' }] },
  });
  const rows = (table.tableQuery.data?.data ?? []) as Row[];
  const { transition, bulk } = useTransitions('persons');
  const nameOf = (id: string) => rows.find((r) => r.documentId === id)?.name ?? id;

  /** A row's own button goes through its transition route; ticked rows through the bulk route. */
  const decide = async (action: Decision, ids: string[], reason?: string, single = false) => {
    setBusy(`${action}:${single ? ids[0] : 'bulk'}`);
    try {
      let result: BulkResult;
      if (single) {
        await transition(ids[0], action, reason);
        result = { succeeded: ids, failed: [] };
      } else result = await bulk(ids, action, reason);
      const { succeeded, failed } = result;
      setFailures(
        failed.map((f) => ({
          name: nameOf(f.documentId),
          text: (lang === 'en' ? f.en : f.zh) ?? f.code ?? '',
        })),
      );
      if (succeeded.length) {
        message.success(
          t(
            action === 'confirm' ? 'colleaguesToConfirm.confirmed' : 'colleaguesToConfirm.declined',
            {
              count: succeeded.length,
            },
          ),
        );
      }
      setSelected((current) =>
        single ? current.filter((id) => id !== ids[0]) : failed.map((f) => f.documentId),
      );
      onChanged?.();
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const askConfirm = (ids: string[]) =>
    modal.confirm({
      title: t('colleaguesToConfirm.bulkConfirmTitle', { count: ids.length }),
      okText: t('persons.confirm'),
      cancelText: t('buttons.cancel'),
      onOk: () => decide('confirm', ids),
    });
  const askDecline = (ids: string[], single = false) => {
    reasonForm.resetFields();
    setDeclining({ ids, single });
  };

  return (
    <Card title={t('colleaguesToConfirm.title')} data-testid="colleagues-to-confirm">
      <Typography.Paragraph type="secondary">{t('colleaguesToConfirm.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" data-testid="colleagues-selected">
          {t('colleaguesToConfirm.selected', { count: selected.length })}
        </Typography.Text>
        <Button
          type="primary"
          disabled={!selected.length}
          loading={busy === 'confirm:bulk'}
          onClick={() => askConfirm(selected)}
          data-testid="colleagues-bulk-confirm"
        >
          {t('colleaguesToConfirm.bulkConfirm')}
        </Button>
        <Button
          danger
          disabled={!selected.length}
          loading={busy === 'decline:bulk'}
          onClick={() => askDecline(selected)}
          data-testid="colleagues-bulk-decline"
        >
          {t('colleaguesToConfirm.bulkDecline')}
        </Button>
      </Space>
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setFailures([])}
          style={{ marginBottom: 12 }}
          message={t('colleaguesToConfirm.failed')}
          data-testid="colleagues-failures"
          description={
            <ul style={{ paddingInlineStart: 18, margin: 0 }}>
              {failures.map((f) => (
                <li key={f.name}>
                  <Typography.Text strong>{f.name}</Typography.Text>：{f.text}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Table<Row>
        {...listTableProps(table)}
        size="middle"
        scroll={{ x: 960 }}
        locale={{ emptyText: t('colleaguesToConfirm.empty') }}
        data-testid="colleagues-table"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (row) => ({
            disabled: !(row.allowedActions ?? []).some((a) => a === 'confirm' || a === 'decline'),
          }),
        }}
      >
        <Table.Column<Row> dataIndex="name" title={t('persons.name')} fixed="left" width={110} />
        <Table.Column<Row>
          dataIndex="gender"
          title={t('persons.gender')}
          width={70}
          render={(v: string) => labelOf(genders, v, lang)}
        />
        <Table.Column<Row>
          dataIndex="regionType"
          title={t('persons.regionType')}
          width={100}
          render={(v: string) => labelOf(regionTypes, v, lang)}
        />
        <Table.Column<Row>
          dataIndex="idType"
          title={t('persons.idType')}
          width={130}
          render={(v: string) => labelOf(idTypes, v, lang)}
        />
        <Table.Column<Row> dataIndex="idNumber" title={t('persons.idNumber')} width={190} />
        <Table.Column<Row> dataIndex="position" title={t('persons.position')} width={110} />
        <Table.Column<Row> dataIndex="mobile" title={t('persons.mobile')} width={120} />
        <Table.Column<Row>
          dataIndex="createdAt"
          title={t('colleaguesToConfirm.registeredAt')}
          width={140}
          render={formatDateTime}
        />
        <Table.Column<Row>
          key="actions"
          title={t('persons.actions')}
          fixed="right"
          width={150}
          render={(_, row) => (
            <Space>
              {row.allowedActions?.includes('confirm') && (
                <Button
                  type="link"
                  size="small"
                  loading={busy === `confirm:${row.documentId}`}
                  onClick={() => decide('confirm', [row.documentId], undefined, true)}
                  data-testid="colleague-confirm"
                >
                  {t('persons.confirm')}
                </Button>
              )}
              {row.allowedActions?.includes('decline') && (
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => askDecline([row.documentId], true)}
                  data-testid="colleague-decline"
                >
                  {t('persons.decline')}
                </Button>
              )}
            </Space>
          )}
        />
      </Table>
      <Modal
        open={declining !== null}
        title={t('colleaguesToConfirm.declineTitle')}
        okText={t('persons.decline')}
        okButtonProps={{ danger: true, loading: busy?.startsWith('decline') }}
        cancelText={t('buttons.cancel')}
        onCancel={() => setDeclining(null)}
        onOk={async () => {
          if (!declining) return;
          const { reason } = reasonForm.getFieldsValue();
          await decide('decline', declining.ids, reason?.trim(), declining.single);
          setDeclining(null);
        }}
        destroyOnHidden
      >
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label={t('colleaguesToConfirm.declineReason')}>
            <Input.TextArea rows={3} maxLength={200} data-testid="decline-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
};
