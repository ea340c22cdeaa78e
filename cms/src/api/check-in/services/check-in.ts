import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::check-in.check-in');
