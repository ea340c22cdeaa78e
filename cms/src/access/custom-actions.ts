import { portalRoleTypes } from '@pvis/config';
import type { RoleType } from './roles';

/**
 * Permissions for our own (non-core) routes and the users-permissions routes each role needs.
 * Anything not listed here or in resources.ts is closed: bootstrap removes it.
 */
const allPortalRoles = portalRoleTypes;

export const customActions: readonly { action: string; roles: readonly RoleType[] }[] = [
  { action: 'api::session.session.show', roles: allPortalRoles },
  { action: 'api::verification-code.verification-code.send', roles: ['public', ...allPortalRoles] },
  // Registration routes are public: a stale token in the browser must not lock anyone out.
  { action: 'api::registration.registration.register', roles: ['public', ...allPortalRoles] },
  { action: 'api::registration.registration.resetByCode', roles: ['public', ...allPortalRoles] },
  { action: 'api::registration.one-click.open', roles: ['public', ...allPortalRoles] },
  { action: 'api::registration.one-click.accept', roles: ['public', ...allPortalRoles] },
  { action: 'api::registration.registration.renew', roles: ['liaison'] },
  // The colleague invitation: the liaison's link and QR code; the colleague's public page.
  { action: 'api::invitation.colleague.current', roles: ['liaison'] },
  { action: 'api::invitation.colleague.renew', roles: ['liaison'] },
  { action: 'api::invitation.colleague.qr', roles: ['liaison'] },
  { action: 'api::invitation.colleague.open', roles: ['public', ...allPortalRoles] },
  { action: 'api::invitation.colleague.join', roles: ['public', ...allPortalRoles] },
  { action: 'api::one-click-campaign.one-click-campaign.start', roles: ['operations'] },
  { action: 'api::one-click-campaign.one-click-campaign.stats', roles: ['operations'] },
  { action: 'api::session.progress.show', roles: ['liaison'] },
  // Gateways call without an account; the sandbox pages open from a phone's QR scanner.
  { action: 'api::payment.notify.receive', roles: ['public', ...allPortalRoles] },
  { action: 'api::payment.sandbox.show', roles: ['public', ...allPortalRoles] },
  { action: 'api::payment.sandbox.pay', roles: ['public', ...allPortalRoles] },
  { action: 'api::payment.sandbox.fail', roles: ['public', ...allPortalRoles] },
  { action: 'api::payment.sandbox.bankFront', roles: ['public', ...allPortalRoles] },
  { action: 'api::person-import.person-import.template', roles: ['liaison'] },
  { action: 'api::person-import.person-import.upload', roles: ['liaison'] },
  // 对账报表: finance's reconciliation by day and method, and its XLSX.
  { action: 'api::reconciliation.reconciliation.show', roles: ['finance'] },
  { action: 'api::reconciliation.reconciliation.export', roles: ['finance'] },
  // Sign-in (accounts/sign-in.ts replaces the plugin's handler). The plugin's own password
  // routes stay closed: they issue tokens without the token version; 账户管理 and
  // /auth/reset-by-code do the same jobs.
  { action: 'plugin::users-permissions.auth.callback', roles: ['public'] },
  { action: 'api::account.sign-in.byCode', roles: ['public', ...allPortalRoles] },
  ...[
    'show',
    'changePassword',
    'sendContactCode',
    'changeMobile',
    'changeEmail',
    'signOutEverywhere',
    'signIns',
  ].map((name) => ({ action: `api::account.account.${name}`, roles: allPortalRoles })),
  { action: 'api::account.account.handoverCandidates', roles: ['liaison'] },
  { action: 'api::account.account.handOver', roles: ['liaison'] },
  { action: 'plugin::users-permissions.user.me', roles: allPortalRoles },
];
