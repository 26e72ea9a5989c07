import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::learning-community.learning-community');
