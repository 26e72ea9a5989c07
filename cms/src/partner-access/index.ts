import type { Core } from '@strapi/strapi';
import { PARTNER_ROLE_CODE } from '../bootstrap/roles';
import { resolveRelation, toValidationError } from '../validation/rules';

import { PARTNER_ACCOUNT_UID as PARTNER_ACCOUNT, SAME_PARTNER_CONDITION } from './conditions';

const OFFER = 'api::offer.offer';
const PARTNER = 'api::partner.partner';

interface AdminUser {
  id: number;
  email: string;
  roles?: { code: string }[];
}

/** documentIds of the partners a user writes for, from the partner accounts an editor made. */
export async function partnersOf(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const accounts = await strapi.db.query(PARTNER_ACCOUNT as any).findMany({
    where: { userId },
    populate: { partner: { select: ['documentId'] } },
  });
  return [...new Set(accounts.map((a: any) => a.partner?.documentId).filter(Boolean) as string[])];
}

/**
 * Offers belong to a partner, not to whoever typed them: the Cultuurpartner role reads, edits and
 * deletes the drafts of its own partner's offers (roles.ts gives it this condition instead of
 * "is creator"), so colleagues share them and a leaver's drafts stay with the museum.
 */
export async function registerSamePartnerCondition(strapi: Core.Strapi): Promise<void> {
  const conditions = (strapi.service('admin::permission') as any).conditionProvider;
  if (conditions.has(SAME_PARTNER_CONDITION)) return;
  await conditions.register({
    displayName: 'Is van de eigen cultuurpartner',
    name: 'same-partner',
    handler: async (user: AdminUser) => {
      const partners = await partnersOf(strapi, user.id);
      // A user without a partner account matches no offer at all.
      return partners.length ? { 'partner.documentId': { $in: partners } } : false;
    },
  });
}

/** The admin user of the current request when only the partner role applies to it. */
async function partnerAuthor(strapi: Core.Strapi): Promise<AdminUser | undefined> {
  const state = (strapi.requestContext.get() as any)?.state;
  if (state?.auth?.strategy?.name !== 'admin' || !state.user) return undefined;
  const user = state.user as AdminUser;
  const roles = user.roles ?? (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] }))?.roles ?? [];
  const codes = roles.map((r: { code: string }) => r.code);
  return codes.includes(PARTNER_ROLE_CODE) && codes.every((c: string) => c === PARTNER_ROLE_CODE) ? user : undefined;
}

/**
 * Two document-service rules:
 * - a partner account names an existing user with the Cultuurpartner role and a partner; the user's
 *   id is stored with it, so changing one's own e-mail address later grants nothing;
 * - an offer a partner author writes is always their partner's offer.
 */
export function registerPartnerAccess(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const params = ctx.params as { data?: Record<string, any>; documentId?: string };
    const data = (params.data ??= {});

    if (ctx.uid === PARTNER_ACCOUNT) {
      const violations: { path: string[]; message: string }[] = [];
      if (ctx.action === 'create' || 'email' in data) {
        const email = String(data.email ?? '')
          .trim()
          .toLowerCase();
        const user = email
          ? await strapi.db.query('admin::user').findOne({ where: { email: { $eqi: email } }, populate: ['roles'] })
          : null;
        if (!user || !user.roles?.some((r: { code: string }) => r.code === PARTNER_ROLE_CODE)) {
          violations.push({
            path: ['email'],
            message: `E-mail: er is geen gebruiker met de rol Cultuurpartner met het adres "${email}". Laat de beheerder die eerst uitnodigen (Instellingen → Gebruikers).`,
          });
        } else {
          data.email = email;
          data.userId = user.id;
        }
      }
      if (ctx.action === 'create' || 'partner' in data) {
        const existing =
          ctx.action === 'update' && params.documentId
            ? await strapi.db.query(PARTNER_ACCOUNT as any).findOne({
                where: { documentId: params.documentId },
                populate: { partner: { select: ['documentId'] } },
              })
            : null;
        const partners = await resolveRelation(strapi, PARTNER, data.partner, existing?.partner ? [existing.partner.documentId] : []);
        if (partners.length !== 1)
          violations.push({ path: ['partner'], message: 'Cultuurpartner: kies de cultuurpartner van deze gebruiker.' });
      }
      if (violations.length) throw toValidationError(violations);
      return next();
    }

    if (ctx.uid === OFFER) {
      const author = await partnerAuthor(strapi);
      if (!author) return next();
      const own = await partnersOf(strapi, author.id);
      if (!own.length) {
        throw toValidationError([
          {
            path: ['partner'],
            message: 'Cultuurpartner: je account is nog niet aan een cultuurpartner gekoppeld. Vraag de redactie om dat te doen.',
          },
        ]);
      }
      if (ctx.action === 'create' || 'partner' in data) {
        const named = await resolveRelation(strapi, PARTNER, data.partner, []);
        if (named.length === 1 && own.includes(named[0]!)) data.partner = named[0];
        else if (named.length === 0 && own.length === 1) data.partner = own[0];
        else {
          throw toValidationError([
            { path: ['partner'], message: 'Cultuurpartner: je kunt alleen aanbod van je eigen cultuurpartner maken.' },
          ]);
        }
      }
      // The admin checks the author's read permission on the saved offer as returned, and the
      // condition looks at its partner: return it with the partner, or the answer comes back empty.
      const result = await next();
      const saved = result as unknown as Record<string, any> | null;
      if (saved?.documentId && !saved.partner?.documentId) {
        const row = await strapi.db.query(OFFER as any).findOne({
          where: { documentId: saved.documentId, locale: saved.locale, publishedAt: null },
          populate: { partner: { select: ['id', 'documentId', 'name'] } },
        });
        if (row?.partner) saved.partner = row.partner;
      }
      return result;
    }
    return next();
  });
}
