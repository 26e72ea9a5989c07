import type { EviPillarScenarioResolvers, EviResultResolvers } from '../../../generated/resolvers-types.ts';
import { participationLabel } from '../../common/labels.ts';

export const EviResult: EviResultResolvers = {
  school: (result, _args, { loaders }) => loaders.schools.load(result.schoolId),
  // The previous result is the school's latest of an earlier school year (one result per school year).
  pillars: async (result, _args, { loaders }) => {
    const earlier = (await loaders.eviResultsBySchool.load(result.schoolId)).filter((r) => r.schoolYear < result.schoolYear);
    const previous = earlier.sort((a, b) => a.schoolYear.localeCompare(b.schoolYear)).at(-1);
    return result.pillars.map((p) => ({
      ...p,
      previousScenario: previous?.pillars.find((q) => q.pillar === p.pillar)?.scenario ?? null,
    }));
  },
  satisfaction: (result) => result.satisfaction ?? null,
  ambitions: (result) => result.ambitions ?? null,
  developmentPoints: (result) => [...(result.developmentPoints ?? [])],
  helpRequest: (result) =>
    result.helpRequest ? { requested: result.helpRequest.requested, question: result.helpRequest.question ?? null } : null,
};

export const EviPillarScenario: EviPillarScenarioResolvers = {
  label: (p, _args, { locale }) => participationLabel('eviPillar', p.pillar, locale),
  previousScenario: (p) => p.previousScenario ?? null,
  change: (p) => (p.previousScenario == null ? null : p.scenario - p.previousScenario),
};
