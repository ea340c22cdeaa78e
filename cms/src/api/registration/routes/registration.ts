import { customRoute } from '../../../access/custom-route';

/** Registration, returning organizations, password reset and one-click links (cms/API.md). */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::registration.${action}`);

export default {
  routes: [
    route('POST', '/registration', 'registration.register'),
    route('POST', '/registration/renewal', 'registration.renew'),
    route('POST', '/auth/reset-by-code', 'registration.resetByCode'),
    route('GET', '/registration/one-click/:token', 'one-click.open'),
    route('POST', '/registration/one-click/:token', 'one-click.accept'),
  ],
};
