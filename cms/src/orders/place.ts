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
import { linkIdentifiers, linkOf } from '../db/links';
import { conflict, fieldError, invalidFields, isConstraintViolation, notFound } from '../errors';
import { type AuditEntry, logRows } from '../lifecycle/audit';
import { editionFees } from './edition-fees';
import { scheduleExpiry } from './expiry';
import type { OrderRequest } from './order-request';
import { placedOrderDetail } from './order-view';
import { checkMoves, lockPersons, moveUpdate } from './person-moves';

export const expiryMinutes = () => {
  const minutes = Number(process.env.ORDER_EXPIRY_MINUTES ?? 30);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 30;
};

// Order serials are taken from the sequence a block at a time: one round trip per SERIAL_BLOCK
// orders instead of one each. Unused serials of a stopped process are gaps, as sequences have.
const SERIAL_BLOCK = 50;
let serials: number[] = [];

async function nextOrderSerial(trx: Knex.Transaction): Promise<number> {
  if (serials.length === 0) {
    const { rows } = await trx.raw(
      `SELECT nextval('badge_order_numbers')::bigint AS serial FROM generate_series(1, ?)`,
      [SERIAL_BLOCK],
    );
    serials = [...serials, ...rows.map((r: { serial: string }) => Number(r.serial))];
  }
  return serials.shift()!;
}

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
 * Plain SQL (docs/architecture.md): the rush of issue 5 asks for hundreds of orders a second.
 */
export async function placeOrder(
  strapi: Core.Strapi,
  caller: Caller,
  request: OrderRequest,
): Promise<{ documentId: string; created: boolean; detail?: Record<string, unknown> }> {
  const organizationRef = caller.organizationRef;
  if (!organizationRef) throw notFound();
  try {
    const result = await strapi.db.transaction(async ({ trx }) => {
      // The idempotency key's lock and the organization (its status is the `order` guard's).
      const {
        rows: [organization],
      } = await trx.raw(
        `SELECT pg_advisory_xact_lock(hashtext(?)) AS locked, id, review_status, edition_number
           FROM organizations WHERE document_id = ?`,
        [`badge-order:${organizationRef}:${request.idempotencyKey}`, organizationRef],
      );
      if (!organization) throw notFound();
      const fees = await editionFees(strapi, organization.edition_number);
      const earlier = await trx('badge_orders')
        .where({ organization_ref: organizationRef, idempotency_key: request.idempotencyKey })
        .first('document_id');
      if (earlier) {
        return { documentId: String(earlier.document_id), created: false };
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
      const moves = checkMoves(
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
      const documentId = createId();
      const stamps = {
        created_at: now,
        updated_at: now,
        published_at: now,
        created_by_id: null,
        updated_by_id: null,
        locale: null,
      };
      const [[to, personIds]] = [...moves.byTarget];
      const orderColumns = {
        document_id: documentId,
        order_number: formatOrderNumber(now, await nextOrderSerial(trx)),
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
      };
      const lineColumns = lines.map(({ person, feeFen }) => ({
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
      }));
      const orderRow = trx('badge_orders').insert(orderColumns).returning(['id', 'expires_at']);
      const lineRows = trx('badge_order_lines').insert(lineColumns).returning(['id', 'person_ref']);
      const audit: AuditEntry[] = [
        ...moves.audit,
        {
          machine: 'badgeOrder',
          recordRef: documentId,
          action: 'create',
          fromState: 'none',
          toState: 'pendingPayment',
          actorRole: 'liaison',
        },
      ];
      // Persons, order, lines, Strapi's link rows and the audit rows: one statement, one round
      // trip (data-modifying CTEs); the rush of issue 5 asks for hundreds of orders a second.
      const lineOrder = linkOf('badge-order-line.order');
      const {
        rows: [order],
      } = await trx.raw(
        `with moved as (?), ord as (?), lines as (?),
           organization_link as (
             insert into ?? (??, ??)
             select id, ? from ord),
           address_link as (
             insert into ?? (??, ??)
             select id, ?::int from ord where ?::int is not null),
           line_order as (
             insert into ?? (??, ??, ??)
             select l.id, ord.id, row_number() over (order by l.id) from lines l, ord),
           line_person as (
             insert into ?? (??, ??)
             select l.id, p.id from lines l join persons p on p.document_id = l.person_ref),
           logs as (?),
           actor as (
             insert into ?? (??, ??)
             select id, ?::int from logs where ?::int is not null)
         select id, expires_at, (select array_agg(id order by id) from lines) as line_ids from ord`,
        [
          moveUpdate(trx, to!, personIds!),
          orderRow,
          lineRows,
          ...linkIdentifiers('badge-order.organization'),
          organization.id,
          ...linkIdentifiers('badge-order.expressAddress'),
          address?.id ?? null,
          address?.id ?? null,
          lineOrder.table,
          lineOrder.ownerColumn,
          lineOrder.targetColumn,
          lineOrder.inverseOrderColumn!,
          ...linkIdentifiers('badge-order-line.person'),
          logRows(trx, audit),
          ...linkIdentifiers('review-log.actor'),
          caller.userId ?? null,
          caller.userId ?? null,
        ],
      );
      const expiresAt = new Date(order.expires_at);
      await scheduleExpiry(trx, documentId, expiresAt);
      const detail = placedOrderDetail(
        strapi,
        { ...orderColumns, id: order.id },
        lineColumns.map((line, i) => ({ ...line, id: order.line_ids[i] })),
      );
      return { documentId, created: true, detail };
    });
    return result;
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
