import { personSources, regionTypes } from '@pvis/config';
import type { HttpError } from '@refinedev/core';
import { useTable } from '@refinedev/core';
import { Card, Form, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listTableProps, sortOrderOf } from '../list-table';
import { labelOf } from '../organization/labels';
import { formatTime } from '../organization/OrganizationDescriptions';
import { PaymentStatusTag, PersonStatusTag } from '../person/PersonStatusTag';
import { BulkReviewBar } from '../review/BulkReviewBar';
import { anyReviewable, reviewSelection } from '../review/reviewable';
import { type PersonSearch, personFilters, REVIEW_DEFAULT_STATUS } from './filters';
import { PersonFilterForm } from './PersonFilterForm';
import { PERSON_ORGANIZATION, type Person } from './types';
import { useCurrentEditionNumber } from './useCurrentEdition';

/**
 * This edition's persons the server lets the caller see — all for operations (人员审核, pending
 * review first), the delegation subtree for a reviewer (人员查看) — filtered, sorted, paged, ID
 * numbers masked by the server. Rows the server lets the caller decide (`allowedActions`) can be
 * ticked for bulk decisions.
 */
export const PersonQueue = ({
  reviewing,
  basePath,
}: {
  /** Operations' review desk: pending review first. */
  reviewing: boolean;
  basePath: string;
}) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const initialStatus = reviewing ? REVIEW_DEFAULT_STATUS : [];
  const editionNumber = useCurrentEditionNumber();
  const [selected, setSelected] = useState<string[]>([]);

  const [searchForm] = Form.useForm<PersonSearch>();
  const table = useTable<Person, HttpError>({
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
  const search = (values: PersonSearch) => {
    table.setFilters(personFilters(values), 'replace');
    table.setCurrentPage(1);
  };

  const rows = (table.tableQuery.data?.data ?? []) as Person[];
  // Bulk decisions where the server allows the caller one on a row (operations; a reviewer never);
  // still shown while refused rows stay ticked.
  const bulkAvailable = anyReviewable(rows) || selected.length > 0;
  const sortOrder = (field: string) => sortOrderOf(table.sorters, field);
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
              resource="persons"
              wording="personReview"
              selected={selected}
              nameOf={nameOf}
              onDone={setSelected}
            />
          </div>
        )}
        <Table<Person>
          {...listTableProps(table, {
            showSizeChanger: true,
            showTotal: (total) => t('review.total', { total }),
          })}
          size="middle"
          scroll={{ x: 1100 }}
          data-testid="person-queue"
          rowSelection={bulkAvailable ? reviewSelection(selected, setSelected) : undefined}
        >
          <Table.Column<Person>
            dataIndex="name"
            title={t('personReview.name')}
            sorter
            sortOrder={sortOrder('name')}
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
            sortOrder={sortOrder('personNumber')}
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
            sortOrder={sortOrder('updatedAt')}
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
