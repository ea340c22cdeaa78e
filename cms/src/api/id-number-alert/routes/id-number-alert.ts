import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::id-number-alert.id-number-alert');
