import { organizationCategories } from '@pvis/config';
import type { HttpError } from '@refinedev/core';
import { useTable } from '@refinedev/core';
import { Card, Form, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton, listExportUrl } from '../ExportButton';
import { listTableProps, sortOrderOf } from '../list-table';
import { ReviewStatusTag } from '../progress/ReviewStatusTag';
import { BulkReviewBar } from '../review/BulkReviewBar';
import { reviewSelection } from '../review/reviewable';
import { delegationName, labelOf } from './labels';
import { formatTime } from './OrganizationDescriptions';
import { OrganizationFilterForm } from './OrganizationFilterForm';
import { QUEUE_DEFAULT_STATUS, type QueueSearch, queueFilters } from './queue-filters';
import type { Organization } from './types';

/**
 * 单位审核 queue: the organizations the server lets the caller see (a reviewer's delegation
 * subtree, all for operations), filtered, sorted, paged; bulk 审核通过 / 审核不通过 of the rows
 * the server lets the caller decide; 导出 of the filtered list.
 */
export const OrganizationQueue = ({
  scope,
  basePath,
}: {
  scope: 'delegation' | 'operations';
  basePath: string;
}) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [selected, setSelected] = useState<string[]>([]);
  const [searchForm] = Form.useForm<QueueSearch>();
  const table = useTable<Organization, HttpError>({
    resource: 'organizations',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'submittedAt', order: 'desc' }] },
    filters: {
      defaultBehavior: 'replace',
      initial: queueFilters({ status: QUEUE_DEFAULT_STATUS }),
    },
    meta: { populate: { delegation: { fields: ['nameZh', 'nameEn', 'code'] } } },
  });
  const sortOrder = (field: string) => sortOrderOf(table.sorters, field);
  const search = (values: QueueSearch) => {
    table.setFilters(queueFilters(values), 'replace');
    table.setCurrentPage(1);
  };
  const rows = (table.tableQuery.data?.data ?? []) as Organization[];
  const nameOf = (documentId: string) =>
    rows.find((r) => r.documentId === documentId)?.name || documentId;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <OrganizationFilterForm scope={scope} form={searchForm} onSearch={search} />
      </Card>

      <Card size="small">
        <div style={{ marginBottom: 12 }}>
          <BulkReviewBar
            resource="organizations"
            wording="review"
            selected={selected}
            nameOf={nameOf}
            onDone={setSelected}
            extra={
              <ExportButton
                url={listExportUrl('/api/organizations/export', table.filters, table.sorters)}
                fileName={t('review.exportFileName')}
                testId="export"
              />
            }
          />
        </div>
        <Table<Organization>
          {...listTableProps(table, {
            showSizeChanger: true,
            showTotal: (total) => t('review.total', { total }),
          })}
          size="middle"
          scroll={{ x: 900 }}
          data-testid="organization-queue"
          rowSelection={reviewSelection(selected, setSelected)}
        >
          <Table.Column<Organization>
            dataIndex="name"
            title={t('organizationForm.name')}
            sorter
            sortOrder={sortOrder('name')}
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
            sortOrder={sortOrder('creditCode')}
            title={t('registration.creditCode')}
            sorter
            width={190}
            render={(code: string | null, record) => code || record.accountEmail || '—'}
          />
          <Table.Column<Organization>
            dataIndex="category"
            sortOrder={sortOrder('category')}
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
            sortOrder={sortOrder('reviewStatus')}
            title={t('organizationForm.reviewStatus')}
            sorter
            width={110}
            render={(status: string) => <ReviewStatusTag status={status} />}
          />
          <Table.Column<Organization>
            dataIndex="submittedAt"
            title={t('organizationForm.submittedAt')}
            sorter
            sortOrder={sortOrder('submittedAt')}
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
    </Space>
  );
};
