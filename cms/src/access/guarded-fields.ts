import { machines } from '@pvis/config';
import { resources } from './resources';

/** The editorial types: the Strapi admin's content, edited there and nowhere else (docs/admin-and-web-security.md). */
export const editorialTypes: readonly string[] = [
  'api::news.news',
  'api::guide.guide',
  'api::activity.activity',
];

/** Money is integer fen (docs/architecture.md); points are the money-like ledger. */
const isMoney = (field: string) =>
  /Fen$/.test(field) || field === 'points' || field === 'pointsCost';

/** What ties a record to its tenant and edition: who may see it follows from these. */
const OWNERSHIP = new Set([
  'organizationRef',
  'organization',
  'editionNumber',
  'edition',
  'order',
  'orderRef',
  'person',
  'personRef',
  'invoice',
  'invoiceRef',
  'payment',
  'paymentRef',
]);

/**
 * Every lifecycle field a machine in config/ names (e.g. `reviewStatus`, `paymentStatus`), and the
 * state fields that only their own services move so far, without a machine of their own yet:
 * a remittance's finance decision, a statement line's match, a red-letter confirmation, badges,
 * coupons and activity sign-ups.
 */
const LIFECYCLE_FIELDS = new Set<string>([
  ...Object.values(machines).map((m) => m.field),
  'decision',
  'matchStatus',
  'confirmationStatus',
  'badgeStatus',
  'couponStatus',
  'signupStatus',
]);

export interface GuardedFields {
  lifecycle: Set<string>;
  money: Set<string>;
  ownership: Set<string>;
}

/**
 * The fields of a business type that only the lifecycle services change: its lifecycle field(s),
 * money, and ownership. Derived from the access table (resources.ts), the machines in config/
 * and the schema, so a new field of one of these kinds is guarded without a list to update.
 */
export function guardedFieldsOf(uid: string, attributes: Record<string, unknown>): GuardedFields {
  const names = Object.keys(attributes);
  const declared = resources.find((r) => r.uid === uid)?.lifecycle?.field;
  return {
    lifecycle: new Set(names.filter((f) => f === declared || LIFECYCLE_FIELDS.has(f))),
    money: new Set(names.filter(isMoney)),
    ownership: new Set(names.filter((field) => OWNERSHIP.has(field))),
  };
}
