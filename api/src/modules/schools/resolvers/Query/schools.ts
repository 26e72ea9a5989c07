import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { authorize, schoolListReach, subjects, visible } from '../../../../shared/policy.ts';
import { UserFacingError } from '../../../../shared/errors.ts';
import type { SchoolRecord } from '../../../../domain/records.ts';
import { checkPageSize, fold, keysetPage } from '../../../common/pagination.ts';

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** Schools the caller may see, narrowed by the filter, by name (keyset cursors). */
export const schools: NonNullable<QueryResolvers['schools']> = async (_parent, { filter, first, after }, context) => {
  const actor = await context.actor();
  authorize(actor, 'Query.schools', undefined, context.logger);
  const size = first ?? 20;
  checkPageSize(size);
  const { regionsById, municipalitiesByCode } = await context.services.catalogue.get(context.locale);

  for (const code of filter?.municipalityCodes ?? []) {
    if (!MUNICIPALITY_CODE.test(code)) {
      throw new UserFacingError('BAD_USER_INPUT', `${code} is not a CBS municipality code (GM0392).`, {
        field: 'filter.municipalityCodes',
      });
    }
  }
  // AND between the filter's fields and the caller's reach.
  const wanted: (ReadonlySet<string> | undefined)[] = [
    filter?.municipalityCodes ? new Set(filter.municipalityCodes) : undefined,
    filter?.regionId ? new Set(regionsById.get(filter.regionId)?.municipalityCodes ?? []) : undefined,
  ];
  const reach = schoolListReach(actor);
  let candidates: SchoolRecord[];
  if (reach.kind === 'school') {
    const own = await context.loaders.schools.load(reach.schoolId);
    candidates = own ? [own] : [];
  } else {
    const base = reach.kind === 'municipalities' ? new Set(reach.codes) : reach.kind === 'all' ? undefined : new Set<string>();
    const sets = [...wanted, base].filter((s): s is ReadonlySet<string> => s !== undefined);
    const codes = sets.length ? [...sets[0]!].filter((c) => sets.every((s) => s.has(c))) : [...municipalitiesByCode.keys()];
    candidates = (await context.loaders.schoolsByMunicipality.loadMany(codes.sort())).flatMap((r) => (r instanceof Error ? [] : r));
  }
  const words = filter?.text ? fold(filter.text).split(/\s+/).filter(Boolean) : [];
  const matching = candidates.filter(
    (s) =>
      wanted.every((set) => !set || set.has(s.municipalityCode)) &&
      (!filter?.sectors || filter.sectors.includes(s.sector)) &&
      words.every((w) => fold(`${s.name} ${s.place}`).includes(w)),
  );
  for (const s of matching) context.loaders.schools.prime(s.id, s);
  const seen = visible(actor, 'Query.schools', matching, subjects.school, context.logger);
  return keysetPage(seen, (s) => [fold(s.name), s.id], 'schools:name', size, after);
};
