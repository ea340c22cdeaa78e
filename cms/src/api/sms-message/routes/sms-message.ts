import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::sms-message.sms-message');
