import type { BaseRecord, HttpError, useTable } from '@refinedev/core';
import type { TablePaginationConfig, TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';

type TableState<T extends BaseRecord> = Pick<
  ReturnType<typeof useTable<T, HttpError>>,
  | 'tableQuery'
  | 'currentPage'
  | 'setCurrentPage'
  | 'pageSize'
  | 'setPageSize'
  | 'sorters'
  | 'setSorters'
>;

/**
 * The antd Table props of a server-paged Refine list (`@refinedev/core`'s useTable): rows,
 * loading state, pagination (a new page size starts at page 1) and column sorting sent to the
 * server. Put `sortOrder: sortOrderOf(table.sorters, field)` on a sortable column. Props given
 * after the spread (size, rowKey…) win.
 */
export const listTableProps = <T extends BaseRecord>(
  table: TableState<T>,
  /** More of antd's pagination (showSizeChanger, showTotal…). */
  pagination: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total'> = {},
) => {
  const onChange: NonNullable<TableProps<T>['onChange']> = (page, _filters, sorter, { action }) => {
    if (action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = one?.column ? String(one.field ?? one.columnKey) : undefined;
      table.setSorters(
        field && one?.order ? [{ field, order: one.order === 'ascend' ? 'asc' : 'desc' }] : [],
      );
      return;
    }
    if (action !== 'paginate') return;
    if (page.pageSize && page.pageSize !== table.pageSize) {
      table.setPageSize(page.pageSize);
      table.setCurrentPage(1);
    } else if (page.current) table.setCurrentPage(page.current);
  };
  return {
    rowKey: 'documentId',
    size: 'small' as const,
    loading: table.tableQuery.isFetching,
    dataSource: (table.tableQuery.data?.data ?? []) as T[],
    onChange,
    pagination: {
      current: table.currentPage,
      pageSize: table.pageSize,
      total: table.tableQuery.data?.total ?? 0,
      ...pagination,
    },
  };
};

/** A column's sort arrow from the list's sorters. */
export const sortOrderOf = (
  sorters: { field: string; order: string }[],
  field: string,
): SortOrder =>
  sorters.find((s) => s.field === field)?.order === 'asc'
    ? 'ascend'
    : sorters.some((s) => s.field === field)
      ? 'descend'
      : null;
