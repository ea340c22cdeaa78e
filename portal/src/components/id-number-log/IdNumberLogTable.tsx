import { type HttpError, useTable } from '@refinedev/core';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { listTableProps } from '../list-table';

/**
 * One page of the server-written ID-number log (`id-number-reads` or `id-number-alerts`, read
 * by operations only), newest first.
 */
export function IdNumberLogTable<Row extends { documentId: string }>({
  resource,
  newestFirstBy,
  columns,
  testId,
}: {
  resource: 'id-number-reads' | 'id-number-alerts';
  newestFirstBy: keyof Row & string;
  columns: ColumnsType<Row>;
  testId: string;
}) {
  const table = useTable<Row, HttpError>({
    resource,
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: newestFirstBy, order: 'desc' }] },
  });
  return (
    <Table<Row>
      {...listTableProps(table)}
      size="middle"
      scroll={{ x: 800 }}
      data-testid={testId}
      columns={columns}
    />
  );
}
