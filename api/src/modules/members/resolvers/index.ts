import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { authorize, type OperationName } from '../../../shared/policy.ts';
import { UserFacingError } from '../../../shared/errors.ts';
import type { Context } from '../../../context.ts';

/** Authorised through the policy, then not there yet: the schema is committed first so the portal can build on it. */
const pending =
  (operation: OperationName) =>
  async (_parent: unknown, _args: unknown, context: Context): Promise<never> => {
    authorize(await context.actor(), operation, undefined, context.logger);
    throw new UserFacingError('INTERNAL_SERVER_ERROR', `${operation} is not implemented yet.`);
  };

export const memberResolvers: Resolvers = {
  Query: {
    members: pending('Query.members'),
    moderationQueue: pending('Query.moderationQueue'),
    myProposals: pending('Query.myProposals'),
  },
  Mutation: {
    setMemberFindable: pending('Mutation.setMemberFindable'),
    joinCommunity: pending('Mutation.joinCommunity'),
    leaveCommunity: pending('Mutation.leaveCommunity'),
    proposeKnowledgeItem: pending('Mutation.proposeKnowledgeItem'),
    approveProposal: pending('Mutation.approveProposal'),
    rejectProposal: pending('Mutation.rejectProposal'),
    hideContent: pending('Mutation.hideContent'),
    showContent: pending('Mutation.showContent'),
  },
  Viewer: { member: () => null },
  LearningCommunity: { memberCount: () => 0, members: () => null },
  Member: { roleLabel: (m) => m.role, findable: () => null, region: () => null },
};
