import { recordRouter } from '../../../access/record-router';

/**
 * The colleague invitation (cms/API.md), before the core routes (access/record-router.ts), so
 * `/invitations/current` is not taken for `/invitations/:id`. The colleague controller answers.
 */
export default recordRouter('api::invitation.invitation', [
  ['GET', '/invitations/current', 'api::invitation.colleague.current'],
  ['POST', '/invitations/current', 'api::invitation.colleague.renew'],
  ['GET', '/invitations/current/qr.png', 'api::invitation.colleague.qr'],
  ['GET', '/invitations/join/:token', 'api::invitation.colleague.open'],
  ['POST', '/invitations/join/:token', 'api::invitation.colleague.join'],
]);
