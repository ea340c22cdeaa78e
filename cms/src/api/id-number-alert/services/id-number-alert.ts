import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::id-number-alert.id-number-alert');
