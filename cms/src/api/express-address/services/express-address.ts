import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::express-address.express-address');
