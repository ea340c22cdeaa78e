import { transitionRoutes } from '../../../access/transition-routes';

export default transitionRoutes('api::organization.organization', 'organizations');
