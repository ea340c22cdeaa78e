import { personSources, regionTypes } from '@pvis/config';
import type { HttpError } from '@refinedev/core';
import { useTable } from '@refinedev/core';
import { Card, Form, Space, Table, type TableProps, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { labelOf } from '../organization/labels';
import { formatTime } from '../organization/OrganizationDescriptions';
import { PaymentStatusTag, PersonStatusTag } from '../person/PersonStatusTag';
import { BulkReviewBar } from './BulkReviewBar';
import { type PersonSearch, personFilters, REVIEW_DEFAULT_STATUS } from './filters';
import { PersonFilterForm } from './PersonFilterForm';
import { PERSON_ORGANIZATION, type Person } from './types';
import { useBulkReviewAvailable } from './useBulkReview';
import { useCurrentEditionNumber } from './useCurrentEdition';

/**
 * This edition's persons the server lets the caller see — all for operations (人员审核, pending review first,
 * bulk decisions when the cms offers them), the delegation subtree for a reviewer (人员查看,
 * read-only) — filtered, sorted, paged, ID numbers masked by the server.
 */
export const PersonQueue = ({
  reviewing,
  basePath,
}: {
  /** Operations' review desk: pending review by default, rows can be ticked for bulk decisions. */
  reviewing: boolean;
  basePath: string;
}) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const initialStatus = reviewing ? REVIEW_DEFAULT_STATUS : [];
  const bulkAvailable = useBulkReviewAvailable(reviewing);
  const editionNumber = useCurrentEditionNumber();
  const [selected, setSelected] = useState<string[]>([]);

  // @refinedev/core's useTable wired to antd by hand, as in OrganizationQueue (chunk cycle).
  const [searchForm] = Form.useForm<PersonSearch>();
  const {
    tableQuery,
    setFilters,
    sorters,
    setSorters,
    currentPage,
    setCurrentPage,
    pageSize,
    setPageSize,
  } = useTable<Person, HttpError>({
    resource: 'persons',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'updatedAt', order: 'desc' }] },
    filters: {
      defaultBehavior: 'replace',
      initial: personFilters({ status: initialStatus }),
      permanent:
        editionNumber === undefined
          ? []
          : [{ field: 'editionNumber', operator: 'eq', value: editionNumber }],
    },
    queryOptions: { enabled: editionNumber !== undefined },
    meta: { populate: { organization: PERSON_ORGANIZATION } },
  });
  const sortOrderOf = (field: string): SortOrder | undefined => {
    const sorter = sorters.find((s) => s.field === field);
    return sorter ? (sorter.order === 'asc' ? 'ascend' : 'descend') : undefined;
  };
  const onTableChange: TableProps<Person>['onChange'] = (pagination, _filters, sorter) => {
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
  const search = (values: PersonSearch) => {
    setFilters(personFilters(values), 'replace');
    setCurrentPage(1);
  };

  const rows = (tableQuery.data?.data ?? []) as Person[];
  const nameOf = (documentId: string) =>
    rows.find((r) => r.documentId === documentId)?.name || documentId;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <PersonFilterForm form={searchForm} initialStatus={initialStatus} onSearch={search} />
      </Card>
      <Card size="small">
        {bulkAvailable && (
          <div style={{ marginBottom: 12 }} data-testid="bulk-bar">
            <BulkReviewBar
              selected={selected}
              nameOf={nameOf}
              onDone={async (still) => {
                setSelected(still);
                await tableQuery.refetch();
              }}
            />
          </div>
        )}
        <Table<Person>
          dataSource={rows}
          loading={tableQuery.isFetching}
          onChange={onTableChange}
          rowKey="documentId"
          size="middle"
          scroll={{ x: 1100 }}
          data-testid="person-queue"
          rowSelection={
            bulkAvailable
              ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
              : undefined
          }
          pagination={{
            current: currentPage,
            pageSize,
            total: tableQuery.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('review.total', { total }),
          }}
        >
          <Table.Column<Person>
            dataIndex="name"
            title={t('personReview.name')}
            sorter
            sortOrder={sortOrderOf('name')}
            fixed="left"
            width={120}
            render={(name: string, record) => (
              <Link to={`${basePath}/${record.documentId}`} data-testid="person-row-link">
                {name}
              </Link>
            )}
          />
          <Table.Column<Person>
            dataIndex="personStatus"
            title={t('personReview.status')}
            width={120}
            render={(status: string) => <PersonStatusTag status={status} />}
          />
          <Table.Column<Person>
            dataIndex="paymentStatus"
            title={t('personReview.paymentStatus')}
            width={100}
            render={(status: string | null) => <PaymentStatusTag status={status} />}
          />
          <Table.Column<Person>
            dataIndex="personNumber"
            title={t('personReview.personNumber')}
            sorter
            sortOrder={sortOrderOf('personNumber')}
            width={120}
          />
          <Table.Column<Person>
            dataIndex="organization"
            key="organization"
            title={t('personReview.organization')}
            width={200}
            render={(organization: Person['organization']) => organization?.name || '—'}
          />
          <Table.Column<Person>
            dataIndex="regionType"
            title={t('personReview.regionType')}
            width={100}
            render={(code: string) => labelOf(regionTypes, code, lang)}
          />
          <Table.Column<Person>
            dataIndex="idNumber"
            title={t('personReview.idNumber')}
            width={190}
            render={(value: string) => (
              <Typography.Text code data-testid="masked-id">
                {value}
              </Typography.Text>
            )}
          />
          <Table.Column<Person>
            dataIndex="badgeReuse"
            title={t('personReview.badgeReuse')}
            width={90}
            render={(reuse: boolean | null) =>
              reuse ? <Tag color="geekblue">{t('personReview.reuseYes')}</Tag> : '—'
            }
          />
          <Table.Column<Person>
            dataIndex="source"
            title={t('personReview.source')}
            width={120}
            render={(code: string | null) => labelOf(personSources, code, lang) || '—'}
          />
          <Table.Column<Person>
            dataIndex="updatedAt"
            title={t('personReview.updatedAt')}
            sorter
            sortOrder={sortOrderOf('updatedAt')}
            width={150}
            render={(value: string | null) => formatTime(value) || '—'}
          />
          <Table.Column<Person>
            key="actions"
            title={t('table.actions')}
            width={80}
            fixed="right"
            render={(_, record) => (
              <Link to={`${basePath}/${record.documentId}`}>{t('buttons.show')}</Link>
            )}
          />
        </Table>
      </Card>
    </Space>
  );
};
