import { transitionRoutes } from '../../../access/transition-routes';

export default transitionRoutes('api::person.person', 'persons');
