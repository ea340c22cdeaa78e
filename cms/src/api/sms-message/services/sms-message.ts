import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::sms-message.sms-message');
