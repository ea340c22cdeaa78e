import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::check-in.check-in');
