import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::exhibition-item.exhibition-item');
