import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::id-number-read.id-number-read');
