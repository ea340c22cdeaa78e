import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::exhibition-area.exhibition-area');
