import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::exhibition-category.exhibition-category');
