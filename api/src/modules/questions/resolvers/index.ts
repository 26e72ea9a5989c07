import type { AnswerRecord, QuestionRecord } from '../../../domain/records.ts';
import type { QuestionResolvers, Resolvers } from '../../../generated/resolvers-types.ts';
import { authorize, seesHidden } from '../../../shared/policy.ts';
import { fold, keysetPage } from '../../common/pagination.ts';
import { indexKeys } from '../../../sources/dynamodb/keys.ts';
import { queryIndex } from '../../../sources/dynamodb/query.ts';
import type { Context } from '../../../context.ts';
import { acceptAnswer, answerQuestion, askQuestion, type QuestionDeps } from '../operations/questions.ts';
import { loadQuestion, questionFromItem } from '../operations/load-question.ts';

const depsOf = (context: Context): QuestionDeps => ({
  ...context.participation,
  communities: { exists: async (id) => (await context.services.catalogue.get('nl')).communitiesById.has(id) },
});

const withAccepted = (answers: readonly AnswerRecord[], question: QuestionRecord) =>
  answers.map((a) => ({ ...a, accepted: a.id === question.acceptedAnswerId }));

const Question: QuestionResolvers = {
  community: async (question, _args, { services, locale }) =>
    question.communityId ? ((await services.catalogue.get(locale)).communitiesById.get(question.communityId) ?? null) : null,
  acceptedAnswerId: (question) => question.acceptedAnswerId ?? null,
  answers: async (question, _args, context) => {
    const answers = question.answers ?? (await loadQuestion(context.participation.store, question.id))?.answers ?? [];
    const actor = await context.actor();
    return withAccepted(
      answers.filter((a) => a.moderation === 'VISIBLE' || seesHidden(actor)),
      question,
    );
  },
};

export const questionResolvers: Resolvers = {
  Query: {
    questions: async (_parent, { filter, first, after }, context) => {
      const actor = await context.actor();
      authorize(actor, 'Query.questions', undefined, context.logger);
      const pk = filter?.communityId ? indexKeys.question({ id: '', askedAt: '', communityId: filter.communityId }).gsi2pk! : 'QUESTIONS';
      const items = await queryIndex(context.participation.store, filter?.communityId ? 'gsi2' : 'gsi1', pk);
      const words = fold(filter?.text ?? '')
        .split(/\s+/)
        .filter(Boolean);
      const questions = items
        .map(questionFromItem)
        .filter(
          (q) =>
            (q.moderation === 'VISIBLE' || seesHidden(actor)) &&
            (filter?.answered == null || Boolean(q.acceptedAnswerId) === filter.answered) &&
            words.every((w) => fold(`${q.title} ${q.body}`).includes(w)),
        );
      return keysetPage(questions, (q) => [-Date.parse(q.askedAt), q.id], 'NEWEST', first ?? 20, after);
    },
    question: async (_parent, { id }, context) => {
      const actor = await context.actor();
      authorize(actor, 'Query.question', undefined, context.logger);
      const found = await loadQuestion(context.participation.store, id);
      if (!found || (found.question.moderation === 'HIDDEN' && !seesHidden(actor))) return null;
      return { ...found.question, answers: found.answers };
    },
  },
  Mutation: {
    askQuestion: async (_parent, { input }, context) => {
      const question = await askQuestion(depsOf(context), await context.actor(), input);
      context.logger.info('question asked', { community: question.communityId ?? null });
      return { question: { ...question, answers: [] } };
    },
    answerQuestion: async (_parent, { input }, context) => {
      const answer = await answerQuestion(depsOf(context), await context.actor(), input);
      const found = (await loadQuestion(context.participation.store, answer.questionId))!;
      context.logger.info('question answered');
      return {
        answer: { ...answer, accepted: answer.id === found.question.acceptedAnswerId },
        question: { ...found.question, answers: found.answers },
      };
    },
    acceptAnswer: async (_parent, args, context) => {
      const question = await acceptAnswer(depsOf(context), await context.actor(), args);
      context.logger.info('answer accepted');
      return { question };
    },
  },
  Question,
};
