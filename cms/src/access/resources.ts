import { type MachineName, organizationDraftFields, personDetailFields } from '@pvis/config';
import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { divisionNamesOf, validateExpressAddressFields } from '../express-address/fields';
import { showWholeIdNumber } from '../id-numbers/whole-reads';
import { invoiceExtraActions, invoiceListView } from '../invoices/invoice-view';
import { invoiceMayBeRequested } from '../invoices/request';
import { admitPerson, personActionContext, validatePerson } from '../persons/admission';
import { personExtraActions } from '../persons/reuse';
import { isOpenForMatching } from '../transfers/statement/match';
import type { Caller } from './caller';
import { delegationPathOf, type FieldValidator, validateOrganizationFields } from './field-rules';
import type { RoleType } from './roles';
import {
  delegationSubtree,
  everything,
  ownOrganization,
  ownOrganizationThrough,
  ownPerson,
  personsOfDelegationSubtree,
  published,
  type Scope,
  theOrganizationItself,
} from './scopes';

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

export interface ResourceAccess {
  uid: UID.ContentType;
  /** The server, not the caller, sets organizationRef / organization / editionNumber on create. */
  ownedByOrganization?: boolean;
  /** The lifecycle field and machine: generic update only in `editableStates`, delete only where the machine allows it. */
  lifecycle?: { machine: MachineName; field: string; editableStates: readonly string[] };
  validate?: FieldValidator;
  /** Server-kept fields that follow from written ones (e.g. the delegation's path). */
  derive?: (strapi: Core.Strapi, data: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** What the machine's guards read besides the record, for the caller's `allowedActions`. */
  actionContext?: (strapi: Core.Strapi, caller: Caller) => Promise<Record<string, unknown>>;
  /** Actions of the resource's own routes the caller may take on this record (e.g. `reuse`). */
  extraActions?: (
    record: Record<string, unknown>,
    caller: Caller,
    context: Record<string, unknown>,
  ) => string[];
  /** How a record looks in a list (invoices); ID numbers are masked for every route by middlewares/id-numbers.ts. */
  listView?: (record: Record<string, unknown>) => Record<string, unknown>;
  /** Run by the record route with the record it is about to answer (may refuse it, e.g. 429). */
  recordShown?: (
    strapi: Core.Strapi,
    ctx: Context,
    caller: Caller,
    record: Record<string, unknown>,
  ) => Promise<void>;
  /** Checks a new record may be added now (throws 4xx) and returns the fields the server sets. */
  admit?: (
    strapi: Core.Strapi,
    caller: Caller,
    data: Record<string, unknown>,
  ) => Promise<Record<string, unknown>>;
  roles: Partial<Record<RoleType, RoleAccess>>;
}

const read = (scope: Scope): RoleAccess => ({ actions: ['find', 'findOne'], scope });
const manage = (scope: Scope, writable: readonly string[]): RoleAccess => ({
  actions: ['find', 'findOne', 'create', 'update', 'delete'],
  scope,
  writable,
});
/** Reads, and may ask for lifecycle transitions; which ones is the machine's answer. */
const review = (scope: Scope): RoleAccess => ({
  actions: ['find', 'findOne', 'transition'],
  scope,
});
/** The organization review desk: single and bulk decisions, export, counts. */
const reviewDesk = (scope: Scope): RoleAccess => ({
  actions: ['find', 'findOne', 'transition', 'bulkTransition', 'export', 'stats'],
  scope,
});
const withTransitions = (access: RoleAccess): RoleAccess => ({
  ...access,
  actions: [...access.actions, 'transition'],
});
/** Adds reading a record's personal file (uploads/personal-file-response.ts) to a role's access. */
const withViewing = (access: RoleAccess, action: 'viewLicence' | 'viewPhoto'): RoleAccess => ({
  ...access,
  actions: [...access.actions, action],
});
const everyoneReads = (scope: Scope = everything): ResourceAccess['roles'] => ({
  public: read(scope),
  liaison: read(scope),
  colleague: read(scope),
  'delegation-reviewer': read(scope),
  finance: read(scope),
  operations: read(scope),
});

const taxonomyFields = ['code', 'nameZh', 'nameEn', 'sortOrder'] as const;

/**
 * Who may do what to which record: the one table the permissions (bootstrap), the scoped
 * controllers and the scope-matrix test are all derived from. A route joins the matrix by
 * being declared here.
 */
export const resources: readonly ResourceAccess[] = [
  // Editorial content: published versions only (Draft & Publish), readable by all.
  { uid: 'api::news.news', roles: everyoneReads() },
  { uid: 'api::guide.guide', roles: everyoneReads() },
  { uid: 'api::activity.activity', roles: everyoneReads() },

  // Reference data the registration wizard needs before anyone has an account.
  {
    uid: 'api::edition.edition',
    roles: {
      ...everyoneReads(),
      operations: {
        actions: ['find', 'findOne', 'create', 'update'],
        scope: everything,
        writable: [
          'number',
          'nameZh',
          'nameEn',
          'startsOn',
          'endsOn',
          'registrationOpensAt',
          'registrationClosesAt',
          'recommendedDeadline',
          'entryDateOptions',
          'badgeTypes',
          'reuseOpen',
          'reuseQuotaPerOrganization',
          'current',
          'serviceHotline',
          'privacyPolicyVersion',
        ],
      },
    },
  },
  { uid: 'api::delegation.delegation', roles: everyoneReads() },
  {
    uid: 'api::exhibition-area.exhibition-area',
    roles: { ...everyoneReads(), operations: manage(everything, taxonomyFields) },
  },
  {
    uid: 'api::exhibition-category.exhibition-category',
    roles: { ...everyoneReads(), operations: manage(everything, [...taxonomyFields, 'area']) },
  },
  {
    uid: 'api::exhibition-item.exhibition-item',
    roles: { ...everyoneReads(), operations: manage(everything, [...taxonomyFields, 'category']) },
  },

  // Organizations: registration and review have their own endpoints (lifecycle service).
  {
    uid: 'api::organization.organization',
    lifecycle: {
      machine: 'organization',
      field: 'reviewStatus',
      editableStates: ['draft', 'rejected'],
    },
    validate: validateOrganizationFields,
    derive: delegationPathOf,
    roles: {
      liaison: {
        actions: [
          'find',
          'findOne',
          'update',
          'transition',
          'licence',
          'viewLicence',
          'consent',
          'personalData',
        ],
        scope: theOrganizationItself,
        writable: [...organizationDraftFields, 'delegation'],
      },
      // The licence is read by those who review the organization, not by finance.
      'delegation-reviewer': withViewing(reviewDesk(delegationSubtree), 'viewLicence'),
      finance: read(everything),
      operations: withViewing(reviewDesk(everything), 'viewLicence'),
    },
  },
  {
    uid: 'api::person.person',
    ownedByOrganization: true,
    lifecycle: {
      machine: 'person',
      field: 'personStatus',
      editableStates: ['draft', 'toConfirm', 'pendingPayment'],
    },
    validate: validatePerson,
    admit: admitPerson,
    actionContext: personActionContext,
    extraActions: personExtraActions,
    // ID numbers are masked in every answer (middlewares/id-numbers.ts); the record route shows
    // the whole number to the roles that need it, logged and rate-limited (docs/id-numbers.md).
    recordShown: showWholeIdNumber,
    roles: {
      liaison: {
        actions: [
          ...manage(ownOrganization, []).actions,
          'transition',
          // Confirming or declining colleagues who registered through the link, many at once.
          'bulkTransition',
          'photo',
          'viewPhoto',
          'reuse',
          'previous',
          'bringForward',
          'bulkDelete',
          'stats',
          'export',
        ],
        scope: ownOrganization,
        writable: personDetailFields,
      },
      colleague: withViewing(read(ownPerson), 'viewPhoto'),
      'delegation-reviewer': {
        ...read(personsOfDelegationSubtree),
        actions: ['find', 'findOne', 'stats'],
      },
      finance: read(everything),
      operations: {
        ...review(everything),
        // bulkTransition: 人员审核 approves or rejects many persons at once.
        actions: [
          'find',
          'findOne',
          'transition',
          'bulkTransition',
          'stats',
          'export',
          // 人员审核 compares the photo with the person.
          'viewPhoto',
        ],
      },
    },
  },
  // Spreadsheet imports: started by POST /persons/imports (custom-actions.ts), read by their owner.
  {
    uid: 'api::person-import.person-import',
    ownedByOrganization: true,
    roles: { liaison: read(ownOrganization) },
  },
  {
    // Names follow the codes; the default is set by its own action (and the database keeps one).
    uid: 'api::express-address.express-address',
    ownedByOrganization: true,
    validate: validateExpressAddressFields,
    derive: divisionNamesOf,
    roles: {
      liaison: {
        ...manage(ownOrganization, [
          'provinceCode',
          'cityCode',
          'districtCode',
          'street',
          'recipient',
          'mobile',
          'postcode',
        ]),
        actions: ['find', 'findOne', 'create', 'update', 'delete', 'makeDefault'],
      },
      operations: read(everything),
    },
  },
  {
    uid: 'api::investment-project.investment-project',
    ownedByOrganization: true,
    lifecycle: {
      machine: 'investmentProject',
      field: 'projectStatus',
      editableStates: ['draft', 'rejected'],
    },
    roles: {
      public: read(published('projectStatus', 'approved')),
      liaison: withTransitions(
        manage(ownOrganization, [
          'name',
          'projectType',
          'description',
          'region',
          'industry',
          'contactName',
          'contactPhone',
          'contactEmail',
          // Not `attachments`: with no upload route of its own, it could only link files the
          // liaison does not own (another organization's licence, an ID photo), whose bytes would
          // then outlive their record's deletion and retention.
        ]),
      ),
      'delegation-reviewer': review(delegationSubtree),
      operations: review(everything),
    },
  },

  // Money: written only by the order, payment, invoice and refund services.
  {
    // Placed, cancelled and paid by the order services (src/orders/); expiry is the system's.
    uid: 'api::badge-order.badge-order',
    lifecycle: { machine: 'badgeOrder', field: 'orderStatus', editableStates: [] },
    extraActions: (order, caller) => {
      if (caller.role !== 'liaison') return [];
      if (order.orderStatus === 'pendingPayment') return ['pay'];
      return invoiceMayBeRequested(order) ? ['requestInvoice'] : [];
    },
    roles: {
      liaison: {
        actions: ['find', 'findOne', 'create', 'transition', 'pay', 'transfer', 'remit'],
        scope: ownOrganization,
      },
      finance: read(everything),
      operations: { actions: ['find', 'findOne', 'transition'], scope: everything },
    },
  },
  {
    uid: 'api::badge-order-line.badge-order-line',
    roles: {
      liaison: read(ownOrganizationThrough('order')),
      finance: read(everything),
      operations: read(everything),
    },
  },
  {
    uid: 'api::payment.payment',
    roles: {
      liaison: read(ownOrganizationThrough('order')),
      finance: read(everything),
      operations: read(everything),
    },
  },
  {
    uid: 'api::remittance.remittance',
    roles: {
      liaison: { actions: ['find', 'findOne', 'voucher'], scope: ownOrganization },
      finance: {
        actions: ['find', 'findOne', 'voucher', 'queue', 'export', 'decide'],
        scope: everything,
      },
    },
  },
  {
    // The receiving account's statement (银行流水): finance imports and matches it.
    uid: 'api::bank-statement-line.bank-statement-line',
    extraActions: (line, caller) =>
      caller.role === 'finance' && isOpenForMatching(line) ? ['match'] : [],
    roles: {
      finance: {
        actions: ['find', 'findOne', 'import', 'export', 'candidates', 'match'],
        scope: everything,
      },
    },
  },
  {
    // Requested by the liaison, decided by finance (src/invoices/); issued invoices are immutable.
    uid: 'api::invoice.invoice',
    lifecycle: { machine: 'invoice', field: 'invoiceStatus', editableStates: [] },
    listView: invoiceListView,
    extraActions: invoiceExtraActions,
    roles: {
      liaison: {
        actions: ['find', 'findOne', 'create', 'pdf'],
        scope: ownOrganizationThrough('order'),
      },
      finance: {
        actions: ['find', 'findOne', 'transition', 'markDeducted', 'pdf', 'export'],
        scope: everything,
      },
      operations: read(everything),
    },
  },
  {
    uid: 'api::red-letter-invoice.red-letter-invoice',
    // The buyer's confirmation is recorded on the invoice (`confirmRedLetter`, finance).
    extraActions: (red, caller) =>
      caller.role === 'finance' && red.confirmationStatus === 'pending' ? ['confirmRedLetter'] : [],
    roles: {
      liaison: {
        ...read(ownOrganizationThrough('invoice', 'order')),
        actions: ['find', 'findOne', 'pdf'],
      },
      finance: { ...read(everything), actions: ['find', 'findOne', 'pdf', 'export'] },
      operations: read(everything),
    },
  },
  {
    // Raised by the review rejection (or finance by hand), processed by src/refunds/.
    uid: 'api::refund.refund',
    lifecycle: { machine: 'refund', field: 'refundStatus', editableStates: [] },
    roles: {
      liaison: read(ownOrganization),
      finance: {
        actions: ['find', 'findOne', 'create', 'transition', 'bankRefund', 'export'],
        scope: everything,
      },
      operations: read(everything),
    },
  },

  // Invitations, points, badges, attendance.
  {
    uid: 'api::invitation.invitation',
    roles: { liaison: read(ownOrganization), operations: read(everything) },
  },
  {
    uid: 'api::points-entry.points-entry',
    roles: { liaison: read(ownOrganization), operations: read(everything) },
  },
  {
    uid: 'api::coupon.coupon',
    roles: { liaison: read(ownOrganization), operations: read(everything) },
  },
  {
    uid: 'api::badge.badge',
    roles: { liaison: read(ownOrganizationThrough('person')), operations: read(everything) },
  },
  { uid: 'api::check-in.check-in', roles: { operations: read(everything) } },
  {
    uid: 'api::activity-signup.activity-signup',
    roles: { liaison: read(ownOrganization), operations: read(everything) },
  },

  // Audit and messaging: operations only; reviewers and liaisons see history through record endpoints.
  { uid: 'api::review-log.review-log', roles: { operations: read(everything) } },
  { uid: 'api::sms-message.sms-message', roles: { operations: read(everything) } },
  // Who read whole ID numbers, and the bulk-reading alerts: written by the server only.
  { uid: 'api::id-number-read.id-number-read', roles: { operations: read(everything) } },
  { uid: 'api::id-number-alert.id-number-alert', roles: { operations: read(everything) } },
];

/** A role may read a record's history wherever it may read the record and it has a lifecycle. */
export const actionsOf = (resource: ResourceAccess, role: RoleType): RecordAction[] => {
  const actions = [...(resource.roles[role]?.actions ?? [])];
  if (resource.lifecycle && actions.includes('findOne')) actions.push('history');
  return actions;
};

export const accessFor = (uid: string): ResourceAccess | undefined =>
  resources.find((resource) => resource.uid === uid);
