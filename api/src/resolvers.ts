import type { Resolvers } from './generated/resolvers-types.ts';
import { offerResolvers } from './modules/offers/resolvers/index.ts';
import { partnerResolvers } from './modules/partners/resolvers/index.ts';
import { projectResolvers } from './modules/projects/resolvers/index.ts';
import { regionResolvers } from './modules/regions/resolvers/index.ts';
import { viewerResolvers } from './modules/viewer/resolvers/index.ts';
import { schoolResolvers } from './modules/schools/resolvers/index.ts';
import { bookingResolvers } from './modules/bookings/resolvers/index.ts';
import { eviResolvers } from './modules/evi/resolvers/index.ts';
import { ambitionTalkResolvers } from './modules/ambition-talks/resolvers/index.ts';
import { reportResolvers } from './modules/reports/resolvers/index.ts';
import { knowledgeResolvers } from './modules/knowledge/resolvers/index.ts';
import { questionResolvers } from './modules/questions/resolvers/index.ts';
import { memberResolvers } from './modules/members/resolvers/index.ts';
import { integrationResolvers } from './modules/integrations/resolvers/index.ts';
import { calendarResolvers } from './modules/calendar/resolvers/index.ts';

/** Each domain module contributes its resolvers; they are merged per root type. */
const modules: Resolvers[] = [
  viewerResolvers,
  offerResolvers,
  partnerResolvers,
  projectResolvers,
  regionResolvers,
  schoolResolvers,
  bookingResolvers,
  eviResolvers,
  ambitionTalkResolvers,
  reportResolvers,
  knowledgeResolvers,
  questionResolvers,
  memberResolvers,
  integrationResolvers,
  calendarResolvers,
];

export const resolvers = modules.reduce<Resolvers>((merged, module) => {
  for (const [type, fields] of Object.entries(module)) {
    const target = merged as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...(fields as object) };
  }
  return merged;
}, {});
