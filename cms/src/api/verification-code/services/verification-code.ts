import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::verification-code.verification-code');
