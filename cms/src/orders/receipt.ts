import { formatBeijingTimeWithZone, formatFen, paymentMethods } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { localeOfOrganization } from '../lifecycle/notifications';
import { queueMail } from '../mail/outbox';

const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

/** Queues the receipt of a paid order to the organization's contact (zh, or en abroad). */
export async function queueReceipt(strapi: Core.Strapi, orderDocumentId: string) {
  const knex = strapi.db.connection;
  const order = await knex('badge_orders')
    .where({ document_id: orderDocumentId })
    .first(
      'order_number',
      'organization_ref',
      'amount_fen',
      'head_count',
      'payment_method',
      'paid_at',
    );
  if (!order) return;
  const organization = await knex('organizations')
    .where({ document_id: order.organization_ref })
    .first('name', 'name_en', 'category', 'contact_email', 'account_email');
  const to = organization?.contact_email ?? organization?.account_email;
  if (!to) {
    strapi.log.warn(
      `order ${order.order_number} paid: the organization has no email for the receipt`,
    );
    return;
  }
  const locale = localeOfOrganization({ category: organization.category });
  const method = paymentMethods.find((m) => m.code === order.payment_method);
  await queueMail(
    to,
    'orderReceipt',
    {
      name: (locale === 'en' ? organization.name_en : null) ?? organization.name ?? '',
      orderNumber: order.order_number,
      headCount: order.head_count,
      amount: formatFen(order.amount_fen),
      methodZh: method?.zh ?? String(order.payment_method),
      methodEn: method?.en ?? String(order.payment_method),
      paidAt: formatBeijingTimeWithZone(new Date(order.paid_at), 'YYYY-MM-DD HH:mm:ss'),
      link: `${portalUrl()}/visitor/orders/${orderDocumentId}`,
    },
    locale,
  );
}
