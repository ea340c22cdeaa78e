import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::red-letter-invoice.red-letter-invoice');
