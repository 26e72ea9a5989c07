import type { Core } from '@strapi/strapi';
import type { Person } from './accounts';
import { PARTNER_ACCOUNT_UID, SAME_PARTNER_CONDITION } from '../partner-access/conditions';

const CM = 'plugin::content-manager.explorer';
export const PARTNER_ROLE_CODE = 'cmk-partner';
export const MODERATOR_ROLE_CODE = 'cmk-moderator';
export const MEMBER_CONTRIBUTOR_ROLE_CODE = 'cmk-member-contributor';

const COMMUNITY_UID = 'api::learning-community.learning-community';
const KNOWLEDGE_UID = 'api::knowledge-item.knowledge-item';
/** What a knowledge item or community links to: the lists, regions and projects (read only). */
const KNOWLEDGE_LINKED = [
  'api::region.region',
  'api::project.project',
  'api::discipline.discipline',
  'api::sector.sector',
  'api::theme.theme',
] as const;
/** Strapi's own condition: only what the user created. */
const IS_CREATOR = 'admin::is-creator';

/** Every content type of this project; the editors keep all of them. */
export const EDITORIAL_TYPES = [
  'api::offer.offer',
  'api::partner.partner',
  'api::project.project',
  'api::learning-community.learning-community',
  'api::knowledge-item.knowledge-item',
  'api::region.region',
  'api::municipality.municipality',
  'api::discipline.discipline',
  'api::sector.sector',
  'api::theme.theme',
  'api::kerndoel.kerndoel',
  'api::partner-account.partner-account',
] as const;

/** Published content, readable by anyone on the content API. Which user writes for which partner is not. */
const PUBLIC_TYPES = EDITORIAL_TYPES.filter((uid) => uid !== PARTNER_ACCOUNT_UID);

/** What a partner may look at to fill in an offer: the lists and the other content, not people's data. */
const PARTNER_READABLE = PUBLIC_TYPES.filter((uid) => uid !== 'api::offer.offer');
const HIDDEN_FROM_PARTNERS = ['contactPerson', 'moderator', 'moderators', 'members'];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

function fieldsOf(strapi: Core.Strapi, uid: string): string[] {
  const { getNestedFields } = strapi.service('admin::content-type') as any;
  return getNestedFields(strapi.contentTypes[uid as keyof typeof strapi.contentTypes], { components: strapi.components });
}

function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  return Boolean((strapi.contentTypes as any)[uid]?.pluginOptions?.i18n?.localized);
}

function contentPermission(strapi: Core.Strapi, action: string, uid: string, extra: Partial<PermissionInput> = {}, omit: string[] = []) {
  const properties: Record<string, unknown> = {};
  if (action !== 'publish' && action !== 'delete')
    properties.fields = fieldsOf(strapi, uid).filter((f) => !omit.some((o) => f === o || f.startsWith(`${o}.`)));
  if (isLocalized(strapi, uid)) properties.locales = ['nl', 'en'];
  return { action: `${CM}.${action}`, subject: uid, properties, conditions: [], ...extra };
}

const key = (p: PermissionInput) => `${p.action}|${p.subject ?? ''}`;

/**
 * Replace this project's content-type permissions of a role by `wanted`, keep the role's other
 * permissions (plugins, settings) as they are. assignPermissions only writes differences.
 */
async function setContentPermissions(strapi: Core.Strapi, roleId: number, wanted: PermissionInput[]): Promise<void> {
  const roles = strapi.service('admin::role') as any;
  const existing = await strapi.service('admin::permission').findMany({ where: { role: { id: roleId } } });
  const ours = new Set<string>(EDITORIAL_TYPES);
  const kept = existing
    .filter((p: any) => !ours.has(p.subject))
    .map((p: any) => ({ action: p.action, subject: p.subject, properties: p.properties, conditions: p.conditions }));
  const wantedKeys = new Set(wanted.map(key));
  await roles.assignPermissions(roleId, [...kept.filter((p: PermissionInput) => !wantedKeys.has(key(p))), ...wanted]);
}

/** The Editor manages and publishes all content; the Partner role writes its partner's offers as drafts. */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as any;

  const editor = await roles.findOne({ code: 'strapi-editor' });
  if (editor) {
    const actions = ['create', 'read', 'update', 'delete', 'publish'];
    await setContentPermissions(
      strapi,
      editor.id,
      EDITORIAL_TYPES.flatMap((uid) =>
        actions
          .filter((a) => a !== 'publish' || (strapi.contentTypes as any)[uid].options?.draftAndPublish)
          .map((a) => contentPermission(strapi, a, uid)),
      ),
    );
  }

  let partner = await roles.findOne({ code: PARTNER_ROLE_CODE });
  if (!partner) {
    partner = await roles.create({
      name: 'Cultuurpartner',
      code: PARTNER_ROLE_CODE,
      description: 'Auteurs van culturele instellingen: maken en bewerken hun eigen aanbod als concept; de redactie publiceert.',
    });
    strapi.log.info('cmk: created the partner role');
  }
  // The offers of the user's own partner (partner-access/), not just the ones the user created.
  const own = { conditions: [SAME_PARTNER_CONDITION] };
  await setContentPermissions(strapi, partner.id, [
    contentPermission(strapi, 'create', 'api::offer.offer'),
    contentPermission(strapi, 'read', 'api::offer.offer', own),
    contentPermission(strapi, 'update', 'api::offer.offer', own),
    contentPermission(strapi, 'delete', 'api::offer.offer', own),
    ...PARTNER_READABLE.map((uid) => contentPermission(strapi, 'read', uid, {}, HIDDEN_FROM_PARTNERS)),
  ]);
}

/**
 * The knowledge platform's roles. A Moderator curates learning communities and knowledge items and
 * publishes them; a Member-contributor (a professional writing in the admin) drafts knowledge items
 * and edits their own drafts, and a moderator publishes them. Both read what an item links to.
 */
export async function ensureKnowledgeRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as any;
  const ensure = async (code: string, name: string, description: string) => {
    const found = await roles.findOne({ code });
    if (found) return found;
    const created = await roles.create({ name, code, description });
    strapi.log.info(`cmk: created the ${name} role`);
    return created;
  };
  const moderator = await ensure(
    MODERATOR_ROLE_CODE,
    'Moderator',
    'Moderatoren van het kennisplatform: maken, bewerken en publiceren leergemeenschappen en kennisitems.',
  );
  const contributor = await ensure(
    MEMBER_CONTRIBUTOR_ROLE_CODE,
    'Lid-auteur',
    'Leden van het kennisplatform: schrijven kennisitems als concept en bewerken hun eigen concepten; een moderator publiceert.',
  );
  const readLinked = KNOWLEDGE_LINKED.map((uid) => contentPermission(strapi, 'read', uid, {}, HIDDEN_FROM_PARTNERS));
  await setContentPermissions(strapi, moderator.id, [
    ...[COMMUNITY_UID, KNOWLEDGE_UID].flatMap((uid) =>
      ['create', 'read', 'update', 'publish'].map((action) => contentPermission(strapi, action, uid)),
    ),
    ...readLinked,
  ]);
  const own = { conditions: [IS_CREATOR] };
  await setContentPermissions(strapi, contributor.id, [
    contentPermission(strapi, 'create', KNOWLEDGE_UID),
    contentPermission(strapi, 'read', KNOWLEDGE_UID, own),
    contentPermission(strapi, 'update', KNOWLEDGE_UID, own),
    // The community an item comes from, without its moderators' contact data.
    contentPermission(strapi, 'read', COMMUNITY_UID, {}, HIDDEN_FROM_PARTNERS),
    ...readLinked,
  ]);
}

/** The local demo partner author, writing for the seed's Teylers Museum; production has none (accounts.ts). */
export async function ensureDemoPartnerAuthor(strapi: Core.Strapi, person: Person, partnerSlug = 'teylers-museum'): Promise<void> {
  const role = await (strapi.service('admin::role') as any).findOne({ code: PARTNER_ROLE_CODE });
  if (!role) return;
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: person.email } });
  if (!existing) {
    await strapi.service('admin::user').create({ ...person, roles: [role.id], isActive: true, preferedLanguage: 'nl' });
    strapi.log.info(`cmk: created partner user ${person.email}`);
  }
  // Also for a local database made before partner accounts existed: the demo login must see its partner's offers.
  const linked = await strapi.db.query(PARTNER_ACCOUNT_UID as any).count({ where: { email: person.email.toLowerCase() } });
  const partner = await strapi.db.query('api::partner.partner').findOne({ where: { slug: partnerSlug }, select: ['documentId'] });
  if (!linked && partner) {
    await strapi.documents(PARTNER_ACCOUNT_UID as any).create({ data: { email: person.email, partner: partner.documentId } } as any);
  }
}

/** Published content is public: find and findOne for anyone on the content API. */
export async function ensurePublicRead(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  for (const uid of PUBLIC_TYPES) {
    for (const action of ['find', 'findOne']) {
      const name = `${uid}.${action}`;
      const exists = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action: name, role: role.id } });
      if (!exists) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: name, role: role.id } });
    }
  }
}
