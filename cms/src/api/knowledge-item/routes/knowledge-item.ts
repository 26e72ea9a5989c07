import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::knowledge-item.knowledge-item');
