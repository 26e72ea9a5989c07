import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::knowledge-item.knowledge-item');
