import type { Knex } from 'knex';
import { aliasedLink } from '../db/links';

type Row = Record<string, unknown>;

/** Columns that are the system's bookkeeping, not data about the organization or its people. */
const INTERNAL = new Set([
  'id',
  'created_by_id',
  'updated_by_id',
  'published_at',
  'locale',
  'id_number_hash',
  'token_hash',
  'code_hash',
  'password',
  'reset_password_token',
  'confirmation_token',
  'idempotency_key',
]);

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A row as the API names things (camelCase), without internal columns. */
function shaped(row: Row): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (!INTERNAL.has(column)) out[camel(column)] = value;
  }
  return out;
}

export interface PersonalDataBundle {
  exportedAt: string;
  organization: Row;
  sections: Record<string, Row[]>;
}

/**
 * Everything the system holds on one organization (PIPL art. 45, the right of access): the
 * record, its persons with full ID numbers (their own data), accounts, addresses, orders and
 * what paid, invoiced or refunded them, badges and check-ins, consents, invitations, points and
 * the review history of all of these. Files appear as their metadata.
 */
export async function collectPersonalData(
  db: Knex,
  organizationRef: string,
): Promise<PersonalDataBundle | null> {
  const organization = await db('organizations').where('document_id', organizationRef).first();
  if (!organization) return null;
  const persons: Row[] = await db('persons')
    .where('organization_ref', organizationRef)
    .orderBy('id');
  const personIds = persons.map((p) => p.id as number);
  const personRefs = persons.map((p) => String(p.document_id));
  const orders: Row[] = await db('badge_orders')
    .where('organization_ref', organizationRef)
    .orderBy('id');
  const orderRefs = orders.map((o) => String(o.document_id));
  const invoices: Row[] = await db('invoices').whereIn('order_ref', orderRefs).orderBy('id');
  const invoiceRefs = invoices.map((i) => String(i.document_id));
  const refunds: Row[] = await db('refunds')
    .where('organization_ref', organizationRef)
    .orderBy('id');
  const payments: Row[] = await db('payments').whereIn('order_ref', orderRefs).orderBy('id');
  const files = (related: string, ids: number[], field: string) =>
    db('files as f')
      .join('files_related_mph as m', 'm.file_id', 'f.id')
      .where({ 'm.related_type': related, 'm.field': field })
      .whereIn('m.related_id', ids)
      .select('m.related_id as recordId', 'f.name', 'f.mime', 'f.size', 'f.created_at');
  const toOrganization = aliasedLink('user.organization', 'o');
  const toPerson = aliasedLink('user.person', 'p');
  const accounts = await db('up_users as u')
    .leftJoin(toOrganization.from, toOrganization.owner, 'u.id')
    .leftJoin('organizations as org', 'org.id', toOrganization.target)
    .leftJoin(toPerson.from, toPerson.owner, 'u.id')
    .where('org.document_id', organizationRef)
    .orWhereIn(toPerson.target, personIds)
    .select(
      'u.document_id',
      'u.username',
      'u.email',
      'u.mobile',
      'u.display_name',
      'u.preferred_locale',
      'u.blocked',
      'u.created_at',
    )
    .orderBy('u.id');
  const recordRefs = [organizationRef, ...personRefs, ...orderRefs, ...invoiceRefs];
  recordRefs.push(...refunds.map((r) => String(r.document_id)));
  const sections: Record<string, Row[]> = {
    persons,
    idPhotos: await files('api::person.person', personIds, 'idPhoto'),
    businessLicence: await files(
      'api::organization.organization',
      [organization.id as number],
      'businessLicence',
    ),
    accounts,
    expressAddresses: await db('express_addresses')
      .where('organization_ref', organizationRef)
      .orderBy('id'),
    orders,
    orderLines: await db('badge_order_lines').whereIn('order_ref', orderRefs).orderBy('id'),
    payments,
    remittances: await db('remittances').where('organization_ref', organizationRef).orderBy('id'),
    invoices,
    redLetterInvoices: await db('red_letter_invoices')
      .whereIn('invoice_ref', invoiceRefs)
      .orderBy('id'),
    refunds,
    badges: await db('badges').whereIn('person_ref', personRefs).orderBy('id'),
    checkIns: await db('check_ins').whereIn('person_ref', personRefs).orderBy('id'),
    activitySignups: await db('activity_signups')
      .where('organization_ref', organizationRef)
      .orderBy('id'),
    consents: [
      {
        kind: 'privacyPolicy',
        version: organization.privacy_policy_version,
        at: organization.privacy_consent_at,
      },
      ...orders.map((o) => ({
        kind: 'orderTerms',
        orderNumber: o.order_number,
        version: o.terms_version,
        at: o.terms_accepted_at,
        terms: o.accepted_terms,
      })),
    ],
    invitations: await db('invitations').where('organization_ref', organizationRef).orderBy('id'),
    pointsEntries: await db('points_entries')
      .where('organization_ref', organizationRef)
      .orderBy('id'),
    personImports: await db('person_imports')
      .where('organization_ref', organizationRef)
      .orderBy('id'),
    reviewHistory: await db('review_logs')
      .whereIn('record_ref', recordRefs)
      .select(
        'machine',
        'record_ref',
        'action',
        'from_state',
        'to_state',
        'actor_role',
        'actor_name',
        'reason',
        'at',
      )
      .orderBy('id'),
  };
  for (const [name, rows] of Object.entries(sections)) sections[name] = rows.map(shaped);
  return { exportedAt: new Date().toISOString(), organization: shaped(organization), sections };
}
