import { transitionRoutes } from '../../../access/transition-routes';

export default transitionRoutes(
  'api::investment-project.investment-project',
  'investment-projects',
);
