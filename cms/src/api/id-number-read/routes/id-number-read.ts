import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::id-number-read.id-number-read');
