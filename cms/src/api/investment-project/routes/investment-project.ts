import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::investment-project.investment-project');
