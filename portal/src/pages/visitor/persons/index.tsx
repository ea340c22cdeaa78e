import {
  HistoryOutlined,
  PlusOutlined,
  SearchOutlined,
  ShoppingCartOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  personPaymentStatuses,
  personStatuses,
  personStatusLabels,
  regionTypes,
} from '@pvis/config';
import type { HttpError } from '@refinedev/core';
import { useDataProvider, useTable } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BulkFailures } from '../../../components/BulkFailures';
import { ExportButton, listExportUrl } from '../../../components/ExportButton';
import { listTableProps } from '../../../components/list-table';
import { labelOf, vocabularyOptions } from '../../../components/organization/labels';
import { type PersonSearch, personFilters } from '../../../components/person/filters';
import { PersonFormDrawer } from '../../../components/person/PersonFormDrawer';
import { PaymentStatusTag, PersonStatusTag } from '../../../components/person/PersonStatusTag';
import { PersonSteps } from '../../../components/person/PersonSteps';
import { ReuseModal } from '../../../components/person/ReuseModal';
import type { Person } from '../../../components/person/types';
import { useEntryDateOptions } from '../../../components/person/useEntryDateOptions';
import { PERSON_STATS_KEY, usePersonStats } from '../../../components/person-review/usePersonStats';
import { useCmsAction, useTransitions } from '../../../providers/actions';
import type { ApiError } from '../../../providers/http';

interface RowResult {
  documentId: string;
  ok: boolean;
  errors?: { zh: string; en: string }[];
}

/**
 * 人员证件申办: the organization's persons with the list's filters, the step bar, add / edit /
 * submit / reuse / delete as the server allows each row, and batch delete.
 */
export const VisitorPersonList = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lang = i18n.language;
  const [searchForm] = Form.useForm<PersonSearch>();
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<Person | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [reusing, setReusing] = useState<Person | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const { stats } = usePersonStats();
  const entryDates = useEntryDateOptions();
  const navigate = useNavigate();

  const queryClient = useQueryClient();
  const dataProvider = useDataProvider();
  const { send } = useCmsAction();
  const { transition } = useTransitions('persons');
  const table = useTable<Person, HttpError>({
    resource: 'persons',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    filters: { defaultBehavior: 'replace' },
  });
  const { filters, sorters, setFilters, setCurrentPage } = table;
  const rows = (table.tableQuery.data?.data ?? []) as Person[];
  // 生成订单: the ticked persons the server would let into an order (its `order` action).
  const orderable = rows
    .filter((p) => selected.includes(p.documentId))
    .filter((p) => (p.allowedActions ?? []).includes('order'));
  const canOrder = selected.length > 0 && orderable.length === selected.length;

  /** Writes here read the list again themselves; the step bar's counts are read here. */
  const refreshCounts = () => queryClient.invalidateQueries({ queryKey: PERSON_STATS_KEY });
  /** After the drawer's own save: the list and the counts. */
  const refresh = async () => {
    await Promise.all([table.tableQuery.refetch(), refreshCounts()]);
  };

  const act = async (person: Person, action: string) => {
    try {
      await transition(person.documentId, action);
      message.success(t(`persons.done.${action}`, { name: person.name }));
      await refreshCounts();
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };

  const openEditor = async (person: Person | null) => {
    if (person) {
      // The list masks ID numbers; the form needs the whole record.
      const { data } = await dataProvider().getOne<Person>({
        resource: 'persons',
        id: person.documentId,
        meta: { populate: { idPhoto: { fields: ['mime'] } } },
      });
      setEditing(data);
    } else setEditing(null);
    setDrawerOpen(true);
  };

  const bulkDelete = async () => {
    const body = await send<{ data: RowResult[] }>('/api/persons/bulk-delete', {
      data: { documentIds: selected },
      invalidates: ['persons'],
    });
    const failed = body.data.filter((r) => !r.ok);
    const nameOf = (id: string) => rows.find((r) => r.documentId === id)?.name ?? id;
    setFailures(
      failed.map(
        (r) =>
          `${nameOf(r.documentId)}：${r.errors?.map((e) => (lang === 'en' ? e.en : e.zh)).join('；')}`,
      ),
    );
    const deleted = body.data.length - failed.length;
    if (deleted) message.success(t('persons.bulkDeleted', { count: deleted }));
    setSelected(failed.map((r) => r.documentId));
    await refreshCounts();
  };

  const rowActions = (person: Person) => {
    const allowed = person.allowedActions ?? [];
    return (
      <Space size={4} wrap>
        {allowed.includes('edit') && (
          <Button size="small" type="link" onClick={() => void openEditor(person)}>
            {t('persons.edit')}
          </Button>
        )}
        {allowed.includes('submit') && (
          <Button
            size="small"
            type="link"
            onClick={() => void act(person, 'submit')}
            data-testid="person-submit"
          >
            {t('persons.submit')}
          </Button>
        )}
        {allowed.includes('confirm') && (
          <Button size="small" type="link" onClick={() => void act(person, 'confirm')}>
            {t('persons.confirm')}
          </Button>
        )}
        {allowed.includes('decline') && (
          <Button size="small" type="link" danger onClick={() => void act(person, 'decline')}>
            {t('persons.decline')}
          </Button>
        )}
        {allowed.includes('reuse') && (
          <Button
            size="small"
            type="link"
            onClick={() => setReusing(person)}
            data-testid="person-reuse"
          >
            {t('persons.reuse')}
          </Button>
        )}
        {allowed.includes('delete') && (
          <Popconfirm
            title={t('persons.deleteConfirm', { name: person.name })}
            onConfirm={() => act(person, 'delete')}
          >
            <Button size="small" type="link" danger>
              {t('persons.delete')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <PersonSteps counts={stats?.byStatus ?? {}} />
      </Card>
      <Card size="small">
        <Form<PersonSearch>
          form={searchForm}
          name="person-search"
          layout="vertical"
          onFinish={(values) => {
            setFilters(personFilters(values), 'replace');
            setCurrentPage(1);
          }}
          data-testid="person-filters"
        >
          <Row gutter={[12, 0]}>
            <Col xs={12} lg={6}>
              <Form.Item name="name" label={t('persons.name')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name="idNumber"
                label={t('persons.idNumber')}
                tooltip={t('personReview.idNumberHint')}
              >
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="personNumber" label={t('persons.personNumber')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="regionType" label={t('persons.regionType')}>
                <Select allowClear options={vocabularyOptions(regionTypes, lang)} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={6}>
              <Form.Item name="status" label={t('persons.status')}>
                <Select
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  options={personStatuses.map((s) => ({
                    value: s,
                    label: labelOf(personStatusLabels, s, lang),
                  }))}
                  data-testid="person-filter-status"
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="entryDateOption" label={t('persons.entryDate')}>
                <Select allowClear options={entryDates} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="paymentStatus" label={t('persons.paymentStatus')}>
                <Select allowClear options={vocabularyOptions(personPaymentStatuses, lang)} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={3}>
              <Form.Item name="badgeReuse" label={t('persons.badgeReuse')}>
                <Select
                  allowClear
                  options={[
                    { value: 'yes', label: t('persons.yes') },
                    { value: 'no', label: t('persons.no') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={3} style={{ display: 'flex', alignItems: 'flex-end' }}>
              <Form.Item>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                  {t('review.search')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void openEditor(null)}
            data-testid="person-add"
          >
            {t('persons.add')}
          </Button>
          <Link to="/visitor/persons/previous">
            <Button icon={<HistoryOutlined />}>{t('persons.previous')}</Button>
          </Link>
          <Link to="/visitor/persons/import">
            <Button icon={<UploadOutlined />} data-testid="person-import">
              {t('personImport.import')}
            </Button>
          </Link>
          <Button
            icon={<ShoppingCartOutlined />}
            disabled={!canOrder}
            title={canOrder ? undefined : t('orders.selectPending')}
            onClick={() => navigate(`/visitor/orders/new?persons=${selected.join(',')}`)}
            data-testid="person-create-order"
          >
            {t('orders.createOrder')}
            {selected.length > 0 ? ` (${selected.length})` : ''}
          </Button>
          <ExportButton
            url={listExportUrl('/api/persons/export', filters, sorters)}
            fileName={t('personImport.exportFileName')}
            testId="person-export"
          />
          <Popconfirm
            title={t('persons.bulkDeleteConfirm', { count: selected.length })}
            onConfirm={bulkDelete}
            disabled={selected.length === 0}
          >
            <Button danger disabled={selected.length === 0} data-testid="person-bulk-delete">
              {t('persons.bulkDelete')}
            </Button>
          </Popconfirm>
        </Space>
        {failures.length > 0 && (
          <BulkFailures title={t('persons.bulkFailed')} onClose={() => setFailures([])}>
            {failures.map((f) => (
              <div key={f}>{f}</div>
            ))}
          </BulkFailures>
        )}
        <Table<Person>
          {...listTableProps(table, {
            showSizeChanger: true,
            showTotal: (total) => t('persons.total', { total }),
          })}
          scroll={{ x: 1000 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
          }}
          columns={[
            { title: t('persons.personNumber'), dataIndex: 'personNumber', width: 130 },
            {
              title: t('persons.name'),
              dataIndex: 'name',
              render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
            },
            {
              title: t('persons.regionType'),
              dataIndex: 'regionType',
              render: (code: string) => labelOf(regionTypes, code, lang),
            },
            {
              title: t('persons.idNumber'),
              dataIndex: 'idNumber',
              width: 200,
              render: (id: string) => <span style={{ whiteSpace: 'nowrap' }}>{id}</span>,
            },
            {
              title: t('persons.entryDate'),
              dataIndex: 'entryDateOption',
              render: (code: string) =>
                entryDates.find((o) => o.value === code)?.label.split(' · ')[0] ?? code,
            },
            {
              title: t('persons.status'),
              dataIndex: 'personStatus',
              render: (status: string) => <PersonStatusTag status={status} />,
            },
            {
              title: t('persons.paymentStatus'),
              dataIndex: 'paymentStatus',
              render: (status: string) => <PaymentStatusTag status={status} />,
            },
            {
              title: t('persons.actions'),
              key: 'actions',
              fixed: 'right',
              width: 180,
              render: (_: unknown, person: Person) => rowActions(person),
            },
          ]}
        />
      </Card>
      <PersonFormDrawer
        person={editing}
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        onSaved={() => void refresh()}
      />
      <ReuseModal
        person={reusing}
        onClose={() => setReusing(null)}
        onDone={() => {
          setReusing(null);
          void refreshCounts();
        }}
      />
    </Space>
  );
};
