import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::red-letter-invoice.red-letter-invoice');
