import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { authorize, mayReadField, seesHidden } from '../../../shared/policy.ts';
import type { Context } from '../../../context.ts';
import { fold, keysetPage } from '../../common/pagination.ts';
import { knowledgeLabel } from '../../knowledge/labels.ts';
import type { QuestionDeps } from '../../questions/operations/questions.ts';
import {
  approveProposal,
  communityMemberIds,
  joinCommunity,
  leaveCommunity,
  listMembers,
  loadMember,
  moderationQueue,
  myProposals,
  proposeKnowledgeItem,
  rejectProposal,
  setMemberFindable,
  setModeration,
} from '../operations.ts';
import type { MemberRecord } from '../mappers.ts';

const depsOf = (context: Context): QuestionDeps => ({
  ...context.participation,
  communities: { exists: async (id) => (await context.services.catalogue.get('nl')).communitiesById.has(id) },
});

const communityOf = async (context: Context, id: string) => (await context.services.catalogue.get(context.locale)).communitiesById.get(id)!;

const matches = (
  m: MemberRecord,
  filter:
    | {
        text?: string | null;
        expertise?: readonly string[] | null;
        wantsToLearn?: readonly string[] | null;
        regionId?: string | null;
        role?: string | null;
      }
    | null
    | undefined,
) => {
  if (!filter) return true;
  const tagHit = (mine: readonly string[], wanted?: readonly string[] | null) =>
    !wanted?.length || wanted.some((w) => mine.some((t) => fold(t) === fold(w)));
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const haystack = fold([m.name, m.organisation ?? '', ...m.expertise, ...m.wantsToLearn].join(' '));
  return (
    tagHit(m.expertise, filter.expertise) &&
    tagHit(m.wantsToLearn, filter.wantsToLearn) &&
    (!filter.regionId || m.regionId === filter.regionId) &&
    (!filter.role || m.role === filter.role) &&
    words.every((w) => haystack.includes(w))
  );
};

export const memberResolvers: Resolvers = {
  Query: {
    members: async (_parent, { filter, first, after }, context) => {
      authorize(await context.actor(), 'Query.members', undefined, context.logger);
      const found = (await listMembers(depsOf(context))).filter((m) => m.findable && matches(m, filter));
      return keysetPage(found, (m) => [fold(m.name), m.id], 'NAME', first ?? 20, after);
    },
    memberAccounts: async (_parent, _args, context) => {
      authorize(await context.actor(), 'Query.memberAccounts', undefined, context.logger);
      return (await listMembers(depsOf(context))).sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || a.id.localeCompare(b.id));
    },
    moderationQueue: async (_parent, _args, context) => moderationQueue(depsOf(context), await context.actor()),
    myProposals: async (_parent, _args, context) => myProposals(depsOf(context), await context.actor()),
  },
  Mutation: {
    setMemberFindable: async (_parent, args, context) => setMemberFindable(depsOf(context), await context.actor(), args),
    joinCommunity: async (_parent, args, context) => {
      const { communityId, joined } = await joinCommunity(depsOf(context), await context.actor(), args);
      return { community: await communityOf(context, communityId), joined };
    },
    leaveCommunity: async (_parent, args, context) => {
      const { communityId, joined } = await leaveCommunity(depsOf(context), await context.actor(), args);
      return { community: await communityOf(context, communityId), joined };
    },
    proposeKnowledgeItem: async (_parent, { input }, context) => ({
      proposal: await proposeKnowledgeItem(depsOf(context), await context.actor(), input),
    }),
    approveProposal: async (_parent, args, context) => ({
      proposal: await approveProposal(
        { ...depsOf(context), ...(context.services.knowledgePublisher ? { publisher: context.services.knowledgePublisher } : {}) },
        await context.actor(),
        args,
      ),
    }),
    rejectProposal: async (_parent, args, context) => ({ proposal: await rejectProposal(depsOf(context), await context.actor(), args) }),
    hideContent: async (_parent, args, context) => setModeration(depsOf(context), await context.actor(), args, 'HIDDEN'),
    showContent: async (_parent, args, context) => setModeration(depsOf(context), await context.actor(), args, 'VISIBLE'),
  },
  Viewer: {
    member: async (_viewer, _args, context) => {
      const actor = await context.actor();
      return actor.memberId ? loadMember(depsOf(context), actor.memberId) : null;
    },
  },
  LearningCommunity: {
    memberCount: async (community, _args, context) => (await communityMemberIds(depsOf(context), community.id)).length,
    members: async (community, _args, context) => {
      if (!mayReadField(await context.actor(), 'LearningCommunity.members', undefined, context.logger)) return null;
      const ids = await communityMemberIds(depsOf(context), community.id);
      const profiles = await Promise.all(ids.map((id) => loadMember(depsOf(context), id)));
      return profiles.filter((m): m is MemberRecord => Boolean(m?.findable)).sort((a, b) => a.name.localeCompare(b.name));
    },
  },
  Member: {
    roleLabel: (m, _args, { locale }) => knowledgeLabel('role', m.role, locale),
    organisation: (m) => m.organisation ?? null,
    region: async (m, _args, { services, locale }) =>
      m.regionId ? ((await services.catalogue.get(locale)).regionsById.get(m.regionId) ?? null) : null,
    findable: async (m, _args, context) => ((await context.actor()).memberId === m.id ? m.findable : null),
  },
  KnowledgeProposal: {
    body: (p) => p.body ?? null,
    knowledgeItemId: (p) => p.knowledgeItemId ?? null,
    rejectionReason: (p) => p.rejectionReason ?? null,
    proposer: async (p, _args, context) => {
      const actor = await context.actor();
      const member = await loadMember(depsOf(context), p.proposerId);
      return member && (member.findable || seesHidden(actor) || actor.memberId === member.id) ? member : null;
    },
  },
};
