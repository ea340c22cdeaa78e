import { type HttpError, useTable } from '@refinedev/core';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';

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
  const { tableQuery, currentPage, setCurrentPage, pageSize, setPageSize } = useTable<
    Row,
    HttpError
  >({
    resource,
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: newestFirstBy, order: 'desc' }] },
  });
  return (
    <Table<Row>
      dataSource={(tableQuery.data?.data ?? []) as Row[]}
      loading={tableQuery.isFetching}
      rowKey="documentId"
      size="middle"
      scroll={{ x: 800 }}
      data-testid={testId}
      columns={columns}
      pagination={{
        current: currentPage,
        pageSize,
        total: tableQuery.data?.total ?? 0,
        onChange: (page, size) => {
          if (size !== pageSize) {
            setPageSize(size);
            setCurrentPage(1);
          } else setCurrentPage(page);
        },
      }}
    />
  );
}
