import { formatFen, invoiceKinds } from '@pvis/config';
import type { Knex } from 'knex';
import { localeOfOrganization } from '../lifecycle/notifications';
import type { MailLocale } from '../mail/templates';
import type { InvoiceRow } from './invoice-rows';
import type { InvoiceItem } from './pdf';

const ITEM_NAME = '*会展服务*参观证件费';

interface LineRow {
  person_ref: string;
  entry_date_option: string;
  fee_fen: number;
}

/**
 * What an invoice of this order is for: its paid badges, grouped by entry date (入场日期) and
 * fee, without persons already refunded. Entry-date labels come from the edition.
 */
export async function orderItems(
  trx: Knex.Transaction,
  order: { document_id: string; edition_number: number },
): Promise<InvoiceItem[]> {
  const lines: LineRow[] = await trx('badge_order_lines')
    .where({ order_ref: order.document_id })
    .whereNotIn(
      'person_ref',
      trx('refunds')
        .where({ order_ref: order.document_id, refund_status: 'succeeded' })
        .select('person_ref'),
    )
    .orderBy('id')
    .select('person_ref', 'entry_date_option', 'fee_fen');
  const labels = await entryDateLabels(trx, order.edition_number);
  const groups = new Map<string, InvoiceItem>();
  for (const line of lines) {
    const key = `${line.entry_date_option}:${line.fee_fen}`;
    const item = groups.get(key) ?? {
      name: ITEM_NAME,
      spec: labels.get(line.entry_date_option) ?? line.entry_date_option,
      quantity: 0,
      unitFen: line.fee_fen,
    };
    item.quantity += 1;
    groups.set(key, item);
  }
  return [...groups.values()];
}

/** What the order is still paid for: its amount less the refunds already made (fen). */
export async function netAmountOf(
  trx: Knex.Transaction,
  order: { document_id: string; amount_fen: number },
) {
  const refunded = await trx('refunds')
    .where({ order_ref: order.document_id, refund_status: 'succeeded' })
    .sum({ fen: 'amount_fen' })
    .first();
  return order.amount_fen - Number(refunded?.fen ?? 0);
}

/** Entry-date option code → Chinese label, from the edition's component rows. */
async function entryDateLabels(trx: Knex.Transaction, editionNumber: number) {
  const edition = await trx('editions').where({ number: editionNumber }).first('id');
  if (!edition) return new Map<string, string>();
  const rows: { code: string; label_zh: string }[] = await trx('editions_cmps as c')
    .join('components_edition_entry_date_options as o', 'o.id', 'c.cmp_id')
    .where({ 'c.entity_id': edition.id, 'c.field': 'entryDateOptions' })
    .select('o.code', 'o.label_zh');
  return new Map(rows.map((r) => [r.code, r.label_zh]));
}

/** The order and organization facts an invoice's PDF and mails print. */
export async function invoiceParties(trx: Knex.Transaction, invoice: InvoiceRow) {
  const order = await trx('badge_orders')
    .where({ document_id: invoice.order_ref })
    .first('id', 'document_id', 'order_number', 'edition_number', 'organization_ref', 'amount_fen');
  const organization = await trx('organizations')
    .where({ document_id: order.organization_ref })
    .first('category', 'contact_email');
  const locale: MailLocale = localeOfOrganization({ category: organization?.category });
  const kind = invoiceKinds.find((k) => k.code === invoice.kind)!;
  const portalUrl = process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';
  return {
    order,
    locale,
    /** The invoice's own email first, else the organization's contact. */
    to: invoice.email ?? organization?.contact_email ?? null,
    mail: (invoiceNumber: string, amountFen: number) => ({
      title: invoice.title,
      orderNumber: String(order.order_number),
      invoiceNumber,
      kindZh: kind.zh,
      kindEn: kind.en,
      amount: formatFen(amountFen),
      link: `${portalUrl}/visitor/orders/${invoice.order_ref}`,
    }),
  };
}
