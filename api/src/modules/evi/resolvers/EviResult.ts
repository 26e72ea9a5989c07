import type { EviPillarScenarioResolvers, EviResultResolvers } from '../../../generated/resolvers-types.ts';
import { participationLabel } from '../../common/labels.ts';

export const EviResult: EviResultResolvers = {
  school: (result, _args, { loaders }) => loaders.schools.load(result.schoolId),
  satisfaction: (result) => result.satisfaction ?? null,
  ambitions: (result) => result.ambitions ?? null,
  developmentPoints: (result) => [...(result.developmentPoints ?? [])],
  helpRequest: (result) =>
    result.helpRequest ? { requested: result.helpRequest.requested, question: result.helpRequest.question ?? null } : null,
};

export const EviPillarScenario: EviPillarScenarioResolvers = {
  label: (p, _args, { locale }) => participationLabel('eviPillar', p.pillar, locale),
};
