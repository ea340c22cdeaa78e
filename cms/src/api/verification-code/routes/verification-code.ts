import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::verification-code.verification-code');
