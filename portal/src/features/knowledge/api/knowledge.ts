/** The knowledge platform's data calls: the typed documents of client/src/documents/knowledge.graphql through React Query. */
import {
  AcceptAnswerDocument,
  AnswerQuestionDocument,
  ApproveProposalDocument,
  AskQuestionDocument,
  FindColleaguesDocument,
  HideContentDocument,
  JoinCommunityDocument,
  KnowledgeItemPageDocument,
  KnowledgeLabelsDocument,
  KnowledgeSearchDocument,
  LearningCommunitiesDocument,
  LearningCommunityPageDocument,
  LeaveCommunityDocument,
  ModerationQueueDocument,
  MyProposalsDocument,
  ProposeKnowledgeItemDocument,
  QuestionPageDocument,
  QuestionsDocument,
  RejectProposalDocument,
  SetMemberFindableDocument,
  ShowContentDocument,
  type AskQuestionInput,
  type KnowledgeItemFilter,
  type MemberFilter,
  type ModeratedKind,
  type ProposeKnowledgeItemInput,
  type QuestionFilter,
} from '@cmk/client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export const PAGE_SIZE = 12;

const nextPage = <T extends { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>(last: T) =>
  last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined;

export function useKnowledgeSearch(filter: KnowledgeItemFilter) {
  const api = useApi();
  const scope = useQueryScope();
  return useInfiniteQuery({
    queryKey: ['knowledge', ...scope, filter],
    queryFn: ({ pageParam }) =>
      api.request(KnowledgeSearchDocument, { filter, first: PAGE_SIZE, after: pageParam }).then((d) => d.knowledgeItems),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
    placeholderData: (previous) => previous,
  });
}

/** Labels of theme codes, disciplines, sectors, roles and kinds in the chosen language. */
export function useKnowledgeLabels() {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['knowledge-labels', scope[0]],
    queryFn: async () => {
      const { facets } = (await api.request(KnowledgeLabelsDocument)).knowledgeItems;
      const map = new Map<string, string>();
      for (const bucket of [...facets.themes, ...facets.disciplines, ...facets.sectors, ...facets.usefulFor, ...facets.kinds])
        map.set(bucket.value, bucket.label);
      return map;
    },
    staleTime: 10 * 60_000,
  });
}

export function useKnowledgeItem(id: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['knowledge-item', ...scope, id],
    queryFn: () => api.request(KnowledgeItemPageDocument, { id }).then((d) => d.knowledgeItem ?? null),
  });
}

export function useCommunities() {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['communities', ...scope],
    queryFn: () => api.request(LearningCommunitiesDocument, { first: 100 }).then((d) => d.learningCommunities),
  });
}

export function useCommunity(id: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['community', ...scope, id],
    queryFn: () => api.request(LearningCommunityPageDocument, { id }).then((d) => d.learningCommunity ?? null),
  });
}

export function useMembership(communityId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (join: boolean) =>
      join
        ? (await api.request(JoinCommunityDocument, { communityId })).joinCommunity
        : (await api.request(LeaveCommunityDocument, { communityId })).leaveCommunity,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['community'] }),
        queryClient.invalidateQueries({ queryKey: ['communities'] }),
      ]),
  });
}

export function useQuestions(filter: QuestionFilter) {
  const api = useApi();
  const scope = useQueryScope();
  return useInfiniteQuery({
    queryKey: ['questions', ...scope, filter],
    queryFn: ({ pageParam }) => api.request(QuestionsDocument, { filter, first: 20, after: pageParam }).then((d) => d.questions),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
    placeholderData: (previous) => previous,
  });
}

export function useQuestion(id: string) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['question', ...scope, id],
    queryFn: async () => {
      const data = await api.request(QuestionPageDocument, { id });
      return { question: data.question ?? null, names: new Map(data.members.edges.map(({ node }) => [node.id, node.name])) };
    },
  });
}

export function useAskQuestion() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AskQuestionInput) => api.request(AskQuestionDocument, { input }).then((d) => d.askQuestion.question),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['questions'] }),
  });
}

export function useAnswerQuestion(questionId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { idempotencyKey: string; body: string }) =>
      api.request(AnswerQuestionDocument, { input: { ...v, questionId } }).then((d) => d.answerQuestion.answer),
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['question'] }), queryClient.invalidateQueries({ queryKey: ['questions'] })]),
  });
}

export function useAcceptAnswer(questionId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answerId: string) => api.request(AcceptAnswerDocument, { questionId, answerId }).then((d) => d.acceptAnswer.question),
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['question'] }), queryClient.invalidateQueries({ queryKey: ['questions'] })]),
  });
}

export function useColleagues(filter: MemberFilter) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['colleagues', ...scope, filter],
    queryFn: () => api.request(FindColleaguesDocument, { filter, first: 100 }).then((d) => d.members),
    placeholderData: keepPreviousData,
  });
}

export function useSetFindable() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (findable: boolean) => api.request(SetMemberFindableDocument, { findable }).then((d) => d.setMemberFindable),
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['me'] }), queryClient.invalidateQueries({ queryKey: ['colleagues'] })]),
  });
}

export function useModerationQueue() {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['moderation', ...scope],
    queryFn: () => api.request(ModerationQueueDocument).then((d) => d.moderationQueue ?? null),
  });
}

/** Approve, reject, hide and show: each refreshes the queue and the pages it changes. */
export function useModerate() {
  const api = useApi();
  const queryClient = useQueryClient();
  const settled = () =>
    Promise.all(['moderation', 'question', 'questions', 'knowledge'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
  return {
    approve: useMutation({
      mutationFn: (id: string) => api.request(ApproveProposalDocument, { id }).then((d) => d.approveProposal.proposal),
      onSettled: settled,
    }),
    reject: useMutation({
      mutationFn: (v: { id: string; reason?: string }) => api.request(RejectProposalDocument, v).then((d) => d.rejectProposal.proposal),
      onSettled: settled,
    }),
    hide: useMutation({
      mutationFn: (v: { kind: ModeratedKind; id: string }) => api.request(HideContentDocument, v).then((d) => d.hideContent),
      onSettled: settled,
    }),
    show: useMutation({
      mutationFn: (v: { kind: ModeratedKind; id: string }) => api.request(ShowContentDocument, v).then((d) => d.showContent),
      onSettled: settled,
    }),
  };
}

export function useMyProposals(enabled: boolean) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['my-proposals', ...scope],
    queryFn: () => api.request(MyProposalsDocument).then((d) => d.myProposals),
    enabled,
  });
}

export function usePropose() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposeKnowledgeItemInput) =>
      api.request(ProposeKnowledgeItemDocument, { input }).then((d) => d.proposeKnowledgeItem.proposal),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['my-proposals'] }),
        queryClient.invalidateQueries({ queryKey: ['moderation'] }),
      ]),
  });
}
