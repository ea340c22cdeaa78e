import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::badge-order-line.badge-order-line');
