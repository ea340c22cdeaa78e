import { customRoute } from '../../../access/custom-route';

/**
 * The colleague invitation (cms/API.md). The file name sorts before the core router, so
 * `/invitations/current` is not taken for `/invitations/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::invitation.colleague.${action}`);

export default {
  routes: [
    route('GET', '/invitations/current', 'current'),
    route('POST', '/invitations/current', 'renew'),
    route('GET', '/invitations/current/qr.png', 'qr'),
    route('GET', '/invitations/join/:token', 'open'),
    route('POST', '/invitations/join/:token', 'join'),
  ],
};
