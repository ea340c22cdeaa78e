import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { organizationCategories, organizationStatuses } from '@pvis/config';
import type { CrudFilters, HttpError } from '@refinedev/core';
import { useGetIdentity, useOne, useTable } from '@refinedev/core';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  type TableProps,
  Typography,
} from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Identity } from '../../providers/auth';
import { buildListQuery } from '../../providers/data';
import { downloadFile } from '../../providers/download';
import { type ApiError, request } from '../../providers/http';
import { stringifyQuery } from '../../providers/query-string';
import { ReviewStatusTag } from '../progress/ReviewStatusTag';
import { DelegationTreeSelect } from './DelegationTreeSelect';
import { categoryOptions, delegationName, labelOf } from './labels';
import { formatTime } from './OrganizationDescriptions';
import { RejectReasonModal } from './RejectReasonModal';
import type { Delegation, Organization } from './types';

export interface QueueSearch {
  status?: string[];
  category?: string[];
  delegationPath?: string;
  submitted?: [Dayjs, Dayjs] | null;
  q?: string;
}

export interface BulkFailure {
  documentId: string;
  code?: string;
  zh?: string;
  en?: string;
  message?: string;
  /** Filled in here from the rows on screen when the answer arrives. */
  name?: string;
}
interface BulkResult {
  succeeded: string[];
  failed: BulkFailure[];
}

const DEFAULT_STATUS = ['submitted'];

/** The filters of the search form, in Strapi terms (API.md "Review"). */
export const queueFilters = (values: QueueSearch): CrudFilters => {
  const filters: CrudFilters = [];
  if (values.status?.length)
    filters.push({ field: 'reviewStatus', operator: 'in', value: values.status });
  if (values.category?.length)
    filters.push({ field: 'category', operator: 'in', value: values.category });
  if (values.delegationPath) {
    filters.push({
      field: 'delegationPath',
      operator: 'startswiths',
      value: values.delegationPath,
    });
  }
  if (values.submitted?.[0] && values.submitted[1]) {
    filters.push({
      field: 'submittedAt',
      operator: 'between',
      value: [
        values.submitted[0].startOf('day').toISOString(),
        values.submitted[1].endOf('day').toISOString(),
      ],
    });
  }
  const q = values.q?.trim();
  if (q) {
    filters.push({
      operator: 'or',
      value: [
        { field: 'name', operator: 'contains', value: q },
        { field: 'creditCode', operator: 'contains', value: q },
      ],
    });
  }
  return filters;
};

/**
 * 单位审核 queue: the organizations the server lets the caller see (a reviewer's delegation
 * subtree, all for operations), filtered, sorted, paged; bulk 审核通过 / 审核不通过; 导出.
 */
export const OrganizationQueue = ({
  scope,
  basePath,
}: {
  scope: 'delegation' | 'operations';
  basePath: string;
}) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const lang = i18n.language;
  const { data: identity } = useGetIdentity<Identity>();
  const ownDelegationId = scope === 'delegation' ? identity?.delegation?.documentId : undefined;
  const { result: ownDelegation } = useOne<Delegation>({
    resource: 'delegations',
    id: ownDelegationId ?? '',
    queryOptions: { enabled: Boolean(ownDelegationId) },
    meta: { fields: ['path', 'nameZh', 'nameEn', 'code'] },
    errorNotification: false,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [failures, setFailures] = useState<BulkFailure[]>([]);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  // @refinedev/core's useTable, wired to antd by hand: @refinedev/antd's variant pulls in
  // sunflower-antd, which the portal's vendor chunking turns into a chunk cycle.
  const [searchForm] = Form.useForm<QueueSearch>();
  const {
    tableQuery,
    filters,
    setFilters,
    sorters,
    setSorters,
    currentPage,
    setCurrentPage,
    pageSize,
    setPageSize,
  } = useTable<Organization, HttpError>({
    resource: 'organizations',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'submittedAt', order: 'desc' }] },
    filters: { defaultBehavior: 'replace', initial: queueFilters({ status: DEFAULT_STATUS }) },
    meta: { populate: { delegation: { fields: ['nameZh', 'nameEn', 'code'] } } },
  });
  const sortOrderOf = (field: string): SortOrder | undefined => {
    const sorter = sorters.find((s) => s.field === field);
    return sorter ? (sorter.order === 'asc' ? 'ascend' : 'descend') : undefined;
  };
  const onTableChange: TableProps<Organization>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.column ? String(one.field ?? one.columnKey) : undefined;
    setSorters(
      field && one?.order ? [{ field, order: one.order === 'ascend' ? 'asc' : 'desc' }] : [],
    );
    if (pagination.pageSize && pagination.pageSize !== pageSize) {
      setPageSize(pagination.pageSize);
      setCurrentPage(1);
    } else if (pagination.current) setCurrentPage(pagination.current);
  };
  const search = (values: QueueSearch) => {
    setFilters(queueFilters(values), 'replace');
    setCurrentPage(1);
  };

  const rows = (tableQuery.data?.data ?? []) as Organization[];
  const nameOf = (documentId: string) =>
    rows.find((r) => r.documentId === documentId)?.name || documentId;

  const bulk = async (action: 'approve' | 'reject', reason?: string) => {
    setBusy(action);
    try {
      const body = await request<{ data?: BulkResult } & Partial<BulkResult>>(
        '/api/organizations/bulk-transitions',
        {
          method: 'POST',
          body: { data: { documentIds: selected, action, reason } },
        },
      );
      const result: BulkResult = {
        succeeded: body.data?.succeeded ?? body.succeeded ?? [],
        failed: body.data?.failed ?? body.failed ?? [],
      };
      setFailures(result.failed.map((f) => ({ ...f, name: nameOf(f.documentId) })));
      if (result.succeeded.length) {
        message.success(
          t(action === 'approve' ? 'review.bulkApproved' : 'review.bulkRejected', {
            count: result.succeeded.length,
          }),
        );
      }
      setSelected(result.failed.map((f) => f.documentId));
      await tableQuery.refetch();
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const exportList = async () => {
    setBusy('export');
    try {
      const query = stringifyQuery(
        buildListQuery({ filters, sorters, pagination: { mode: 'off' } }),
      );
      await downloadFile(
        `/api/organizations/export${query ? `?${query}` : ''}`,
        `${t('review.exportFileName')}-${dayjs().format('YYYYMMDD-HHmm')}.xlsx`,
      );
    } catch (error) {
      message.error((error as ApiError).message || t('review.exportFailed'));
    } finally {
      setBusy(null);
    }
  };

  const statusOptions = organizationStatuses.map((s) => ({
    value: s,
    label: t(`reviewStatus.${s}`),
  }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Form<QueueSearch>
          form={searchForm}
          onFinish={search}
          layout="vertical"
          initialValues={{ status: DEFAULT_STATUS }}
          data-testid="queue-filters"
        >
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('review.filterStatus')} name="status">
                <Select
                  mode="multiple"
                  allowClear
                  options={statusOptions}
                  data-testid="filter-status"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('registration.category')} name="category">
                <Select
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  options={categoryOptions(lang, {
                    domestic: t('registration.domestic'),
                    overseas: t('registration.overseas'),
                  })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item
                label={
                  scope === 'delegation'
                    ? t('review.filterSubDelegation')
                    : t('registration.delegation')
                }
                name="delegationPath"
              >
                {scope === 'delegation' ? (
                  <DelegationTreeSelect
                    valueField="path"
                    pathPrefix={ownDelegation?.path ?? null}
                    disabled={!ownDelegation?.path}
                    placeholder={t('review.allSubDelegations')}
                  />
                ) : (
                  <DelegationTreeSelect
                    valueField="path"
                    placeholder={t('review.allDelegations')}
                  />
                )}
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('review.filterSubmitted')} name="submitted">
                <DatePicker.RangePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={12}>
              <Form.Item label={t('review.filterSearch')} name="q">
                <Input
                  allowClear
                  placeholder={t('review.searchPlaceholder')}
                  data-testid="filter-search"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={12} style={{ display: 'flex', alignItems: 'flex-end' }}>
              <Form.Item>
                <Space wrap>
                  <Button
                    type="primary"
                    htmlType="submit"
                    icon={<SearchOutlined />}
                    data-testid="filter-submit"
                  >
                    {t('review.search')}
                  </Button>
                  <Button
                    onClick={() => {
                      searchForm.setFieldsValue({
                        status: [],
                        category: [],
                        delegationPath: undefined,
                        submitted: undefined,
                        q: undefined,
                      });
                      searchForm.submit();
                    }}
                  >
                    {t('review.resetFilters')}
                  </Button>
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      <Card size="small">
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Typography.Text type="secondary" data-testid="selected-count">
              {t('review.selected', { count: selected.length })}
            </Typography.Text>
            <Button
              type="primary"
              disabled={!selected.length}
              loading={busy === 'approve'}
              data-testid="bulk-approve"
              onClick={() =>
                modal.confirm({
                  title: t('review.bulkApproveTitle', { count: selected.length }),
                  okText: t('review.approve'),
                  cancelText: t('buttons.cancel'),
                  onOk: () => bulk('approve'),
                })
              }
            >
              {t('review.approve')}
            </Button>
            <Button
              danger
              disabled={!selected.length}
              loading={busy === 'reject'}
              data-testid="bulk-reject"
              onClick={() => setRejectOpen(true)}
            >
              {t('review.reject')}
            </Button>
          </Space>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'export'}
            onClick={exportList}
            data-testid="export"
          >
            {t('buttons.export')}
          </Button>
        </Space>
        {failures.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable
            onClose={() => setFailures([])}
            data-testid="bulk-failures"
            style={{ marginBottom: 12 }}
            message={t('review.bulkFailed', { count: failures.length })}
            description={
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {failures.map((f) => (
                  <li key={f.documentId} data-testid="bulk-failure">
                    <Typography.Text strong>{f.name ?? f.documentId}</Typography.Text>：
                    {(lang === 'en' ? f.en : f.zh) || f.message || f.code}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Table<Organization>
          dataSource={rows}
          loading={tableQuery.isFetching}
          onChange={onTableChange}
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          data-testid="organization-queue"
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
          }}
          pagination={{
            current: currentPage,
            pageSize,
            total: tableQuery.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('review.total', { total }),
          }}
        >
          <Table.Column<Organization>
            dataIndex="name"
            title={t('organizationForm.name')}
            sorter
            sortOrder={sortOrderOf('name')}
            fixed="left"
            width={220}
            render={(name: string | null, record) => (
              <Link to={`${basePath}/${record.documentId}`} data-testid="queue-row-link">
                {name || t('organizationForm.unnamed')}
              </Link>
            )}
          />
          <Table.Column<Organization>
            dataIndex="creditCode"
            sortOrder={sortOrderOf('creditCode')}
            title={t('registration.creditCode')}
            sorter
            width={190}
            render={(code: string | null, record) => code || record.accountEmail || '—'}
          />
          <Table.Column<Organization>
            dataIndex="category"
            sortOrder={sortOrderOf('category')}
            title={t('registration.category')}
            sorter
            width={140}
            render={(code: string) => labelOf(organizationCategories, code, lang)}
          />
          <Table.Column<Organization>
            dataIndex="delegation"
            key="delegationPath"
            title={t('registration.delegation')}
            width={160}
            render={(delegation: Organization['delegation']) =>
              delegationName(delegation, lang) || '—'
            }
          />
          <Table.Column<Organization>
            dataIndex="reviewStatus"
            sortOrder={sortOrderOf('reviewStatus')}
            title={t('organizationForm.reviewStatus')}
            sorter
            width={110}
            render={(status: string) => <ReviewStatusTag status={status} />}
          />
          <Table.Column<Organization>
            dataIndex="submittedAt"
            title={t('organizationForm.submittedAt')}
            sorter
            sortOrder={sortOrderOf('submittedAt')}
            width={150}
            render={(value: string | null) => formatTime(value) || '—'}
          />
          <Table.Column<Organization>
            key="actions"
            title={t('table.actions')}
            width={80}
            render={(_, record) => (
              <Link to={`${basePath}/${record.documentId}`}>{t('buttons.show')}</Link>
            )}
          />
        </Table>
      </Card>

      <RejectReasonModal
        open={rejectOpen}
        count={selected.length}
        onCancel={() => setRejectOpen(false)}
        onConfirm={async (reason) => {
          await bulk('reject', reason);
          setRejectOpen(false);
        }}
      />
    </Space>
  );
};
