import { createId } from '@paralleldrive/cuid2';
import {
  formatOrderNumber,
  maskIdNumber,
  ORDER_TERMS_VERSION,
  orderAmount,
  orderTerms,
} from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Caller } from '../access/caller';
import { conflict, fieldError, invalidFields, isConstraintViolation, notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';
import { editionFees } from './edition-fees';
import { scheduleExpiry } from './expiry';
import type { OrderRequest } from './order-request';
import { lockPersons, movePersons } from './person-moves';

export const expiryMinutes = () => {
  const minutes = Number(process.env.ORDER_EXPIRY_MINUTES ?? 30);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 30;
};

/** The express address as it was when ordered: an address may be edited or deleted later. */
async function addressCopy(trx: Knex.Transaction, organizationRef: string, documentId?: string) {
  if (!documentId) return null;
  const row = await trx('express_addresses')
    .where({ document_id: documentId, organization_ref: organizationRef })
    .first();
  if (!row) {
    throw invalidFields([
      fieldError(
        'expressAddressId',
        'unknownAddress',
        '所选快递地址不存在，请重新选择',
        'The chosen express address does not exist',
      ),
    ]);
  }
  return {
    id: row.id as number,
    copy: {
      documentId,
      province: row.province,
      city: row.city,
      district: row.district,
      provinceCode: row.province_code,
      cityCode: row.city_code,
      districtCode: row.district_code,
      street: row.street,
      recipient: row.recipient,
      mobile: row.mobile,
      postcode: row.postcode,
    },
  };
}

/**
 * 提交办证: one order for the ticked persons, in ONE transaction — the order, its live lines (the
 * partial unique index keeps a person in one live order), every person `order` → inOrder with
 * an audit row. The persons are locked first, so concurrent orders for the same person queue
 * and the later ones find them taken (409). The same idempotency key returns the first order.
 * Plain SQL (DESIGN §2.2): the rush of issue 5 asks for hundreds of orders a second.
 */
export async function placeOrder(
  strapi: Core.Strapi,
  caller: Caller,
  request: OrderRequest,
): Promise<{ documentId: string; created: boolean }> {
  const organizationRef = caller.organizationRef;
  if (!organizationRef) throw notFound();
  const organization = await strapi.db
    .connection('organizations')
    .where({ document_id: organizationRef })
    .first('id', 'review_status', 'edition_number');
  if (!organization) throw notFound();
  const fees = await editionFees(strapi, organization.edition_number);
  try {
    const result = await strapi.db.transaction(async ({ trx }) => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
        `badge-order:${organizationRef}:${request.idempotencyKey}`,
      ]);
      const earlier = await trx('badge_orders')
        .where({ organization_ref: organizationRef, idempotency_key: request.idempotencyKey })
        .first('document_id');
      if (earlier) {
        return { documentId: String(earlier.document_id), created: false, expiresAt: undefined };
      }

      const persons = await lockPersons(trx, request.personIds);
      const own = persons.filter((p) => p.organization_ref === organizationRef);
      // Someone else's person looks exactly like a missing one.
      if (own.length !== request.personIds.length) throw notFound();
      const fieldOf = (person: { document_id: string }) =>
        `personIds.${request.personIds.indexOf(person.document_id)}`;
      const unpriced = own.filter((p) => !fees.entryDates.has(String(p.entry_date_option)));
      if (unpriced.length > 0) {
        throw conflict(
          unpriced.map((p) =>
            fieldError(
              fieldOf(p),
              'unknownEntryDate',
              `${p.name}：入场日期无效，请先修改入场日期`,
              `${p.name}: the entry date is not one of this edition's options`,
            ),
          ),
        );
      }
      await movePersons(
        trx,
        own,
        {
          action: 'order',
          actor: 'liaison',
          userId: caller.userId,
          organizationStatus: organization.review_status,
        },
        fieldOf,
      );
      const address = await addressCopy(trx, organizationRef, request.expressAddressId);
      const lines = request.personIds.map((id) => {
        const person = own.find((p) => p.document_id === id)!;
        return { person, feeFen: fees.entryDates.get(String(person.entry_date_option))!.feeFen };
      });
      const now = new Date();
      const [{ serial }] = (
        await trx.raw(`SELECT nextval('badge_order_numbers')::bigint AS serial`)
      ).rows;
      const documentId = createId();
      const stamps = {
        created_at: now,
        updated_at: now,
        published_at: now,
        created_by_id: null,
        updated_by_id: null,
        locale: null,
      };
      const [order] = await trx('badge_orders')
        .insert({
          document_id: documentId,
          order_number: formatOrderNumber(now, Number(serial)),
          edition_number: organization.edition_number,
          organization_ref: organizationRef,
          order_status: 'pendingPayment',
          amount_fen: orderAmount(lines),
          head_count: lines.length,
          terms_version: ORDER_TERMS_VERSION,
          terms_accepted_at: now,
          accepted_terms: JSON.stringify(orderTerms.map((t) => t.code)),
          collection_method: request.collectionMethod,
          express_address_copy: address ? JSON.stringify(address.copy) : null,
          invoice_title_locked: false,
          expires_at: new Date(now.getTime() + expiryMinutes() * 60_000),
          idempotency_key: request.idempotencyKey,
          ...stamps,
        })
        .returning(['id', 'expires_at']);
      await trx('badge_orders_organization_lnk').insert({
        badge_order_id: order.id,
        organization_id: organization.id,
      });
      if (address) {
        await trx('badge_orders_express_address_lnk').insert({
          badge_order_id: order.id,
          express_address_id: address.id,
        });
      }
      const inserted: { id: number }[] = await trx('badge_order_lines')
        .insert(
          lines.map(({ person, feeFen }) => ({
            document_id: createId(),
            order_ref: documentId,
            person_ref: person.document_id,
            live: true,
            person_name: person.name,
            id_number_masked: maskIdNumber(person.id_number),
            badge_type: person.badge_type,
            entry_date_option: person.entry_date_option,
            fee_fen: feeFen,
            collection_method: request.collectionMethod,
            ...stamps,
          })),
        )
        .returning('id');
      await trx('badge_order_lines_order_lnk').insert(
        inserted.map((line, i) => ({
          badge_order_line_id: line.id,
          badge_order_id: order.id,
          badge_order_line_ord: i + 1,
        })),
      );
      await trx('badge_order_lines_person_lnk').insert(
        inserted.map((line, i) => ({
          badge_order_line_id: line.id,
          person_id: lines[i]!.person.id,
        })),
      );
      await writeAudit(
        trx,
        [
          {
            machine: 'badgeOrder',
            recordRef: documentId,
            action: 'create',
            fromState: 'none',
            toState: 'pendingPayment',
            actorRole: 'liaison',
          },
        ],
        caller.userId,
      );
      return { documentId, created: true, expiresAt: new Date(order.expires_at) };
    });
    if (result.expiresAt) await scheduleExpiry(result.documentId, result.expiresAt);
    return { documentId: result.documentId, created: result.created };
  } catch (error) {
    // The live-line index is the last word when the locks were somehow not enough.
    if (isConstraintViolation(error) && /personRef/.test(error.constraint ?? '')) {
      throw conflict([
        fieldError(
          'personIds',
          'personInLiveOrder',
          '所选人员已在其他未取消的订单中',
          'A ticked person is already in another live order',
        ),
      ]);
    }
    throw error;
  }
}
