// Badge fees: an order's amount is the sum of its lines, in fen.
import { assertFen } from './money';

export interface OrderLine {
  /** Fee of one line (one person's badge), in fen. */
  feeFen: number;
}

/** The amount due for an order: the sum of its lines, in fen. Throws on a non-integer fee. */
export function orderAmount(lines: readonly OrderLine[]): number {
  let total = 0;
  for (const line of lines) {
    assertFen(line.feeFen, 'feeFen');
    if (line.feeFen < 0) throw new RangeError(`feeFen must not be negative, got ${line.feeFen}`);
    total += line.feeFen;
  }
  assertFen(total, 'total');
  return total;
}
