import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { mayReadField, subjects } from '../../../shared/policy.ts';
import type { Context } from '../../../context.ts';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from '../operations/calendar-feeds.ts';

const calendarDeps = (context: Context) => ({ ...context.participation, calendarBaseUrl: context.publicBaseUrl });

export const calendarResolvers: Resolvers = {
  School: {
    calendarFeed: async (school, _args, context) =>
      mayReadField(await context.actor(), 'School.calendarFeed', subjects.school(school), context.logger)
        ? getCalendarFeed(context.participation.store, school.id)
        : null,
  },
  Mutation: {
    createCalendarFeed: async (_parent, args, context) => createCalendarFeed(calendarDeps(context), await context.actor(), args),
    revokeCalendarFeed: async (_parent, args, context) => revokeCalendarFeed(context.participation, await context.actor(), args),
  },
};
