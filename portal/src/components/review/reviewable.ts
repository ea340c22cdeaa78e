import type { TableRowSelection } from 'antd/es/table/interface';

/** The decisions of a review desk; the server lists those it allows on each row. */
export const REVIEW_ACTIONS: readonly string[] = ['approve', 'reject'];

interface Reviewable {
  documentId: string;
  allowedActions?: string[];
}

const isReviewable = (row: Reviewable) =>
  (row.allowedActions ?? []).some((action) => REVIEW_ACTIONS.includes(action));

/** Whether any row on the page can be decided by the caller (the server's `allowedActions`). */
export const anyReviewable = (rows: Reviewable[]) => rows.some(isReviewable);

/** Ticking for bulk decisions: only the rows the server would let the caller decide. */
export const reviewSelection = <Row extends Reviewable>(
  selected: string[],
  setSelected: (ids: string[]) => void,
): TableRowSelection<Row> => ({
  selectedRowKeys: selected,
  onChange: (keys) => setSelected(keys.map(String)),
  getCheckboxProps: (row) => ({ disabled: !isReviewable(row) }),
});
