import fs from 'node:fs';
import { capitalAmount, formatBeijingTime, yuanDecimal } from '@pvis/config';
import PDFDocument from 'pdfkit';
import type { Seller } from './seller';

export interface InvoiceItem {
  /** 项目名称, with its tax classification in asterisks (数电票 style). */
  name: string;
  /** 规格型号: the entry-date option. */
  spec: string;
  quantity: number;
  /** Price including VAT, per badge, in fen (negative on a red-letter invoice). */
  unitFen: number;
}

export interface InvoiceDocument {
  kind: 'ordinary' | 'special';
  redLetter: boolean;
  invoiceNumber: string;
  issuedAt: Date;
  seller: Seller;
  buyer: {
    title: string;
    taxNumber: string;
    address?: string | null;
    phone?: string | null;
    bank?: string | null;
    bankAccount?: string | null;
  };
  items: InvoiceItem[];
  remarks: string[];
}

// The font is 10–19 MB: read once per process, not once per invoice.
const fonts = new Map<string, Buffer>();
const fontFile = (path: string) => {
  const cached = fonts.get(path) ?? fs.readFileSync(path);
  fonts.set(path, cached);
  return cached;
};

/** Each line's amount before VAT and its VAT, VAT rounded per line as the tax system does. */
export function taxLines(items: InvoiceItem[], vatPercent: number) {
  return items.map((item) => {
    const gross = item.unitFen * item.quantity;
    const tax = Math.round((gross * vatPercent) / (100 + vatPercent));
    return { ...item, grossFen: gross, netFen: gross - tax, taxFen: tax };
  });
}

const COLUMNS = [
  { title: '项目名称', width: 150 },
  { title: '规格型号', width: 70 },
  { title: '单位', width: 30 },
  { title: '数量', width: 35 },
  { title: '单价', width: 55 },
  { title: '金额', width: 60 },
  { title: '税率', width: 35 },
  { title: '税额', width: 60 },
];

/**
 * The PDF rendition of a 数电 invoice or its red-letter counterpart: seller, buyer, items with
 * VAT, the total in figures and in capitals (大写), number and date. Chinese text is set in Noto
 * Sans SC (from npm, or INVOICE_FONT), embedded as a subset, so `pdftotext` reads it back.
 */
export function renderInvoicePdf(invoice: InvoiceDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36 });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.info.Title = `${invoice.redLetter ? '红字' : ''}发票 ${invoice.invoiceNumber}`;
  doc.registerFont('cjk', fontFile(invoice.seller.font), invoice.seller.fontFamily || undefined);
  doc.font('cjk');
  const ink = invoice.redLetter ? '#b00000' : '#7a3e00';
  const left = 36;
  const width = doc.page.width - 72;

  const heading = `电子发票（${invoice.kind === 'special' ? '增值税专用发票' : '普通发票'}）`;
  doc.fillColor(ink).fontSize(20).text(heading, left, 40, { width, align: 'center' });
  if (invoice.redLetter) doc.fontSize(12).text('（红字）', { width, align: 'center' });
  doc.fillColor('black').fontSize(10);
  doc.text(`发票号码：${invoice.invoiceNumber}`, left + width - 230, 44, { width: 230 });
  const issuedOn = formatBeijingTime(invoice.issuedAt, 'YYYY年MM月DD日'); // as Chinese invoices print it
  doc.text(`开票日期：${issuedOn}`, left + width - 230, 60, { width: 230 });

  // Buyer and seller side by side.
  const partyTop = 92;
  const half = width / 2;
  const party = (x: number, label: string, lines: string[]) => {
    doc.rect(x, partyTop, half, 86).strokeColor(ink).stroke();
    doc.fillColor(ink).text(label, x + 6, partyTop + 6);
    doc.fillColor('black');
    for (const [i, line] of lines.entries()) {
      doc.text(line, x + 60, partyTop + 6 + i * 15, { width: half - 66 });
    }
  };
  const buyer = invoice.buyer;
  party(left, '购买方', [
    `名称：${buyer.title}`,
    `统一社会信用代码/纳税人识别号：${buyer.taxNumber}`,
    ...(buyer.address || buyer.phone
      ? [`地址、电话：${buyer.address ?? ''} ${buyer.phone ?? ''}`]
      : []),
    ...(buyer.bank || buyer.bankAccount
      ? [`开户行及账号：${buyer.bank ?? ''} ${buyer.bankAccount ?? ''}`]
      : []),
  ]);
  const s = invoice.seller;
  party(left + half, '销售方', [
    `名称：${s.name}`,
    `统一社会信用代码/纳税人识别号：${s.taxNumber}`,
    `地址、电话：${s.address} ${s.phone}`,
    `开户行及账号：${s.bank} ${s.bankAccount}`,
  ]);

  // Items.
  let y = partyTop + 100;
  const scale = width / COLUMNS.reduce((sum, c) => sum + c.width, 0);
  const row = (cells: string[], color = 'black') => {
    let x = left;
    doc.fillColor(color);
    cells.forEach((cell, i) => {
      const w = COLUMNS[i]!.width * scale;
      doc.text(cell, x + 3, y, { width: w - 6, align: i >= 3 ? 'right' : 'left' });
      x += w;
    });
    y += 18;
  };
  row(
    COLUMNS.map((c) => c.title),
    ink,
  );
  const lines = taxLines(invoice.items, s.vatPercent);
  for (const line of lines) {
    row([
      line.name,
      line.spec,
      '张',
      String(line.quantity),
      yuanDecimal(Math.round(line.netFen / line.quantity)),
      yuanDecimal(line.netFen),
      `${s.vatPercent}%`,
      yuanDecimal(line.taxFen),
    ]);
  }
  const net = lines.reduce((sum, l) => sum + l.netFen, 0);
  const tax = lines.reduce((sum, l) => sum + l.taxFen, 0);
  const gross = net + tax;
  y += 6;
  row(['合计', '', '', '', '', `¥${yuanDecimal(net)}`, '', `¥${yuanDecimal(tax)}`], ink);
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .strokeColor(ink)
    .stroke();
  y += 8;
  doc.fillColor(ink).text('价税合计（大写）', left + 3, y);
  doc
    .fillColor('black')
    .fontSize(12)
    .text(`⊗ ${capitalAmount(gross)}`, left + 110, y - 1);
  doc
    .fontSize(10)
    .text(`（小写）¥${yuanDecimal(gross)}`, left + width - 200, y, { width: 197, align: 'right' });
  y += 28;
  doc.fillColor(ink).text('备注', left + 3, y);
  doc.fillColor('black');
  for (const [i, remark] of invoice.remarks.entries()) {
    doc.text(remark, left + 60, y + i * 15, { width: width - 66 });
  }
  doc.end();
  return done;
}

/** The gross total of the items, in fen (what the invoice is for). */
export const totalOf = (items: InvoiceItem[]) =>
  items.reduce((sum, item) => sum + item.unitFen * item.quantity, 0);
