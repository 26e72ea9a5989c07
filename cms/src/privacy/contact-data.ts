import { errors, traverseEntity } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { API_TOKEN_NAME } from '../bootstrap/accounts';

/** People's names, e-mail addresses and phone numbers live only in this component. */
export const PRIVATE_COMPONENT = 'contact.person';

/**
 * Only the GraphQL API's own read-only token sees contact persons; `private: true` would hide
 * them from that token too, so the content API's output sanitizer decides per request.
 */
export function isTrustedRequest(strapi: Core.Strapi): boolean {
  const auth = strapi.requestContext.get()?.state?.auth;
  // The admin registers the content API's token strategy as 'content-api-token' (older releases: 'api-token').
  return ['content-api-token', 'api-token'].includes(auth?.strategy?.name) && auth?.credentials?.name === API_TOKEN_NAME;
}

const privateKeysOf = (strapi: Core.Strapi, uid: string): string[] => {
  const model = strapi.getModel(uid as any);
  if (!model) return [];
  return Object.entries(model.attributes)
    .filter(([, a]: [string, any]) => a.type === 'component' && a.component === PRIVATE_COMPONENT)
    .map(([key]) => key);
};

const mentions = (value: unknown, keys: Set<string>): boolean => {
  if (typeof value === 'string') return value.split(/[.:,\s]/).some((part) => keys.has(part));
  if (Array.isArray(value)) return value.some((v) => mentions(v, keys));
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => keys.has(k) || mentions(v, keys));
};

export function registerContactPrivacy(strapi: Core.Strapi): void {
  let privateKeys: Set<string> | undefined;
  const hideContacts = (schema: any) => async (data: any) => {
    if (!data || typeof data !== 'object' || isTrustedRequest(strapi)) return data;
    return traverseEntity(
      ({ key, attribute }, { remove }) => {
        if (attribute?.type === 'component' && (attribute as any).component === PRIVATE_COMPONENT) remove(key);
      },
      { schema, getModel: (uid: string) => strapi.getModel(uid as any) },
      data,
    );
  };
  strapi.sanitizers.add('content-api.output', hideContacts as any);

  // Filtering or sorting on contact fields would let the public probe them one request at a time.
  strapi.documents.use(async (ctx, next) => {
    const request = strapi.requestContext.get();
    if (request?.state?.route?.info?.type !== 'content-api' || isTrustedRequest(strapi)) return next();
    const params = ctx.params as Record<string, unknown>;
    privateKeys ??= new Set(Object.values(strapi.contentTypes).flatMap((ct: any) => privateKeysOf(strapi, ct.uid)));
    const keys = privateKeys;
    if (keys.size && (mentions(params.filters, keys) || mentions(params.sort, keys)))
      throw new errors.ValidationError('Contactpersonen zijn niet openbaar: filteren of sorteren daarop kan niet.');
    return next();
  });
}
