import type { MachineName } from '@pvis/config';
import type { UID } from '@strapi/strapi';
import type { RoleType } from '../roles';
import type { Scope } from '../scopes';

export type CoreAction = 'find' | 'findOne' | 'create' | 'update' | 'delete';
/**
 * Beyond Strapi's core actions: `transition` (POST /<plural>/:id/transitions — the machine in
 * config/ decides the rest), `history` (GET /<plural>/:id/history, given with findOne on
 * records with a lifecycle), the organization's own routes (api/organization/routes) and
 * `makeDefault` (POST /express-addresses/:id/default), `pay` (POST /badge-orders/:id/payments).
 */
export type RecordAction =
  | CoreAction
  | 'transition'
  | 'history'
  | 'licence'
  // GET /organizations/:id/licence, GET /persons/:id/photo: the personal file itself.
  | 'viewLicence'
  | 'viewPhoto'
  | 'consent'
  | 'bulkTransition'
  | 'export'
  | 'stats'
  | 'photo'
  | 'reuse'
  | 'previous'
  | 'bringForward'
  | 'bulkDelete'
  | 'makeDefault'
  | 'pay'
  // Invoices: GET /invoices/:id/pdf (and red-letter invoices), POST /invoices/:id/buyer-deducted.
  | 'pdf'
  | 'markDeducted'
  // POST /refunds/:id/bank-refund: finance records the bank refund of a transfer (登记银行退款).
  | 'bankRefund'
  // Bank transfer (src/transfers/): the order's transfer panel and remittance, finance's queue,
  // decision, voucher, statement import and matching.
  | 'transfer'
  | 'remit'
  | 'queue'
  | 'decide'
  | 'voucher'
  | 'import'
  | 'candidates'
  | 'match'
  // GET /organizations/:id/personal-data: the liaison's copy of everything held (PIPL access right).
  | 'personalData';

export interface RoleAccess {
  actions: readonly RecordAction[];
  scope: Scope;
  /** Fields this role may send in a generic create/update; anything else is refused with 400. */
  writable?: readonly string[];
}

/**
 * One row of the access table: who may do what to which record. What the record's own domain
 * adds (field checks, derived fields, extra actions) is its controller's `RecordHooks`.
 */
export interface ResourceAccess {
  uid: UID.ContentType;
  /** The server, not the caller, sets organizationRef / organization / editionNumber on create. */
  ownedByOrganization?: boolean;
  /** The lifecycle field and machine: generic update only in `editableStates`, delete only where the machine allows it. */
  lifecycle?: { machine: MachineName; field: string; editableStates: readonly string[] };
  roles: Partial<Record<RoleType, RoleAccess>>;
}
