import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::express-address.express-address');
