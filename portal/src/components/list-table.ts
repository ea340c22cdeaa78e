import type { BaseRecord, HttpError, useTable } from '@refinedev/core';

type TableState<T extends BaseRecord> = Pick<
  ReturnType<typeof useTable<T, HttpError>>,
  'tableQuery' | 'currentPage' | 'setCurrentPage' | 'pageSize'
>;

/** The antd Table props of a server-paged Refine list: rows, loading state and pagination. */
export const listTableProps = <T extends BaseRecord>(table: TableState<T>) => ({
  rowKey: 'documentId',
  size: 'small' as const,
  loading: table.tableQuery.isFetching,
  dataSource: table.tableQuery.data?.data ?? [],
  pagination: {
    current: table.currentPage,
    pageSize: table.pageSize,
    total: table.tableQuery.data?.total ?? 0,
    onChange: table.setCurrentPage,
  },
});
