import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::badge-order.badge-order');
