import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The colleague invitation (cms/API.md), before the core routes (access/record-router.ts), so
 * `/invitations/current` is not taken for `/invitations/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::invitation.colleague.${action}`);

export default recordRouter('api::invitation.invitation', [
  route('GET', '/invitations/current', 'current'),
  route('POST', '/invitations/current', 'renew'),
  route('GET', '/invitations/current/qr.png', 'qr'),
  route('GET', '/invitations/join/:token', 'open'),
  route('POST', '/invitations/join/:token', 'join'),
]);
