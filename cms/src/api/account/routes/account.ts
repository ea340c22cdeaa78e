import { customRoute } from '../../../access/custom-route';

/** 账户管理: the caller's own account (cms/API.md); sign-in by code is public. */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::account.${action}`);

export default {
  routes: [
    route('POST', '/auth/sign-in-by-code', 'sign-in.byCode'),
    route('GET', '/account', 'account.show'),
    route('PUT', '/account/password', 'account.changePassword'),
    route('POST', '/account/contact-code', 'account.sendContactCode'),
    route('PUT', '/account/mobile', 'account.changeMobile'),
    route('PUT', '/account/email', 'account.changeEmail'),
    route('POST', '/account/sign-out-everywhere', 'account.signOutEverywhere'),
    route('GET', '/account/sign-ins', 'account.signIns'),
    route('GET', '/account/handover-candidates', 'account.handoverCandidates'),
    route('POST', '/account/handover', 'account.handOver'),
  ],
};
