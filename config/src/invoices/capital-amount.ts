// The amount in Chinese capital numerals (大写金额) printed on every invoice beside the figures,
// so it cannot be altered: 壹…玖 with 拾佰仟 inside four-digit groups and 万/亿 between them,
// 零 for skipped places, 元角分, and 整 when nothing follows. Red-letter amounts get 负.

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** One four-digit group (1–9999), without leading 零. */
function groupText(group: number): string {
  let text = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      if (text) zero = true;
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += DIGITS[digit]! + PLACES[place]!;
  }
  return text;
}

function yuanText(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let text = '';
  let zero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) {
      if (text) zero = true;
      continue;
    }
    // A gap before this group (a zero group, or fewer than four digits in it) reads 零.
    if (text && (zero || group < 1000)) text += '零';
    zero = false;
    text += groupText(group) + GROUPS[i]!;
  }
  return text;
}

/** 大写 of an amount in fen: 30000 → 叁佰元整, 123456 → 壹仟贰佰叁拾肆元伍角陆分, -30000 → 负叁佰元整. */
export function capitalAmount(amountFen: number): string {
  if (!Number.isSafeInteger(amountFen)) throw new RangeError(`not an amount in fen: ${amountFen}`);
  const sign = amountFen < 0 ? '负' : '';
  const fenTotal = Math.abs(amountFen);
  const yuan = Math.floor(fenTotal / 100);
  const jiao = Math.floor(fenTotal / 10) % 10;
  const fen = fenTotal % 10;
  if (fenTotal === 0) return '零元整';
  let text = yuan > 0 ? `${yuanText(yuan)}元` : '';
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (fen > 0 && yuan > 0) text += '零';
  text += fen > 0 ? `${DIGITS[fen]}分` : '整';
  return sign + text;
}
