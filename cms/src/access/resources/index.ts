import type { RoleType } from '../roles';
import { activity } from './activity';
import { activitySignup } from './activity-signup';
import { badge } from './badge';
import { badgeOrder } from './badge-order';
import { badgeOrderLine } from './badge-order-line';
import { bankStatementLine } from './bank-statement-line';
import { checkIn } from './check-in';
import { coupon } from './coupon';
import { delegation } from './delegation';
import { edition } from './edition';
import { exhibitionArea } from './exhibition-area';
import { exhibitionCategory } from './exhibition-category';
import { exhibitionItem } from './exhibition-item';
import { expressAddress } from './express-address';
import { guide } from './guide';
import { idNumberAlert } from './id-number-alert';
import { idNumberRead } from './id-number-read';
import { investmentProject } from './investment-project';
import { invitation } from './invitation';
import { invoice } from './invoice';
import { news } from './news';
import { organization } from './organization';
import { payment } from './payment';
import { person } from './person';
import { personImport } from './person-import';
import { pointsEntry } from './points-entry';
import { redLetterInvoice } from './red-letter-invoice';
import { refund } from './refund';
import { remittance } from './remittance';
import { reviewLog } from './review-log';
import { smsMessage } from './sms-message';
import type { RecordAction, ResourceAccess } from './types';

export type { CoreAction, RecordAction, ResourceAccess, RoleAccess } from './types';

/**
 * Who may do what to which record: the one table the permissions (bootstrap), the scoped
 * controllers and the scope-matrix test are all derived from, one file per resource beside this
 * one. A route joins the matrix by being declared here.
 */
export const resources: readonly ResourceAccess[] = [
  news,
  guide,
  activity,
  edition,
  delegation,
  exhibitionArea,
  exhibitionCategory,
  exhibitionItem,
  organization,
  person,
  personImport,
  expressAddress,
  investmentProject,
  badgeOrder,
  badgeOrderLine,
  payment,
  remittance,
  bankStatementLine,
  invoice,
  redLetterInvoice,
  refund,
  invitation,
  pointsEntry,
  coupon,
  badge,
  checkIn,
  activitySignup,
  reviewLog,
  smsMessage,
  idNumberRead,
  idNumberAlert,
];

/** A role may read a record's history wherever it may read the record and it has a lifecycle. */
export const actionsOf = (resource: ResourceAccess, role: RoleType): RecordAction[] => {
  const actions = [...(resource.roles[role]?.actions ?? [])];
  if (resource.lifecycle && actions.includes('findOne')) actions.push('history');
  return actions;
};

export const accessFor = (uid: string): ResourceAccess | undefined =>
  resources.find((resource) => resource.uid === uid);
