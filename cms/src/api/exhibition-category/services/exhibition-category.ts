import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::exhibition-category.exhibition-category');
