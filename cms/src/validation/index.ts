import type { Core } from '@strapi/strapi';
import {
  checkLinks,
  checkMeetings,
  checkCoordinates,
  checkMunicipality,
  checkOffer,
  checkProvinceCode,
  checkUniqueSlug,
  offerState,
  toValidationError,
  type RuleViolation,
} from './rules';
import { checkImages } from './media';

const WITH_SLUG = new Set([
  'api::offer.offer',
  'api::partner.partner',
  'api::project.project',
  'api::region.region',
  'api::learning-community.learning-community',
  'api::knowledge-item.knowledge-item',
]);

/**
 * Editorial rules run in a document service middleware, so the admin, the content API, the seed
 * and the catalogue generator's document calls all get the same Dutch messages.
 */
export function registerValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const params = ctx.params as { data?: Record<string, any>; documentId?: string; locale?: string };
    const data = params.data ?? {};
    const documentId = ctx.action === 'update' ? params.documentId : undefined;
    const violations: RuleViolation[] = [];

    if (WITH_SLUG.has(ctx.uid)) violations.push(...(await checkUniqueSlug(strapi, ctx.uid, data.slug, documentId)));
    if (ctx.uid === 'api::offer.offer') {
      const state = await offerState(strapi, data, { documentId, locale: params.locale });
      violations.push(...(await checkOffer(strapi, state)));
    }
    if (ctx.uid === 'api::municipality.municipality')
      violations.push(...checkMunicipality(ctx.action === 'create' ? { code: data.code, provinceCode: data.provinceCode, ...data } : data));
    if (ctx.uid === 'api::region.region') violations.push(...checkProvinceCode(data));
    if (ctx.uid === 'api::knowledge-item.knowledge-item') violations.push(...checkLinks(data.links));
    if (ctx.uid === 'api::learning-community.learning-community') violations.push(...checkMeetings(data.meetings));
    if (ctx.uid === 'api::offer.offer') violations.push(...checkCoordinates(data.venue, ['venue'], 'Adres van de locatie'));
    if (ctx.uid === 'api::partner.partner') violations.push(...checkCoordinates(data.address, ['address'], 'Adres'));
    if (ctx.uid === 'api::offer.offer') violations.push(...(await checkImages(strapi, data.images, 'images', 'Afbeelding')));
    if (ctx.uid === 'api::partner.partner') violations.push(...(await checkImages(strapi, data.logo, 'logo', 'Logo')));
    if (ctx.uid === 'api::municipality.municipality') {
      // An update may change one coordinate: the pair is checked as it will be stored.
      const stored = documentId
        ? await strapi.db.query(ctx.uid).findOne({ where: { documentId }, select: ['latitude', 'longitude'] })
        : undefined;
      violations.push(...checkCoordinates({ ...stored, ...data }, [], 'Centrum van de gemeente'));
    }

    if (violations.length) throw toValidationError(violations);
    return next();
  });
}
