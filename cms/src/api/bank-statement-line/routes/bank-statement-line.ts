import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bank-statement-line.bank-statement-line');
