import { customRoute } from '../../../access/custom-route';

/** 对账报表 (finance): cms/API.md "Reconciliation". Permissions: access/custom-actions.ts. */
export default {
  routes: [
    customRoute('GET', '/reconciliation', 'api::reconciliation.reconciliation.show'),
    customRoute('GET', '/reconciliation/export', 'api::reconciliation.reconciliation.export'),
  ],
};
