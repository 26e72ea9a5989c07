import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import type { Context } from '../../../../context.ts';
import { participationStore } from '../../../../services.ts';
import { notFound, UserFacingError } from '../../../../shared/errors.ts';
import { authorize, subjects, type OperationName } from '../../../../shared/policy.ts';
import { schoolYearArg } from '../../../common/resolve.ts';
import { regionReport as report, type RegionReportData } from '../../operations/region-report.ts';

/**
 * The report an operation asks for, after the policy has let the caller see its region. Shared by
 * the report and the factsheet, so the paper and the screen come from one decision and one count.
 */
export async function authorizedReport(
  operation: OperationName,
  args: { regionId?: string | null; municipalityCode?: string | null; schoolYear?: string | null },
  context: Context,
): Promise<RegionReportData & { regionId: string | null }> {
  const actor = await context.actor();
  authorize(actor, operation, undefined, context.logger);
  const schoolYear = schoolYearArg(context, args.schoolYear);
  const { regionsById, municipalitiesByCode } = await context.services.catalogue.get(context.locale);
  const municipality = args.municipalityCode ? municipalitiesByCode.get(args.municipalityCode) : undefined;
  if (args.municipalityCode && !municipality) throw notFound();

  // The region asked for; else the caller's own region if it holds the municipality; else the municipality's first region.
  const ownRegion = actor.regionId && (!municipality || municipality.regionIds.includes(actor.regionId)) ? actor.regionId : undefined;
  const regionId = args.regionId ?? ownRegion ?? municipality?.regionIds[0] ?? null;
  authorize(actor, operation, subjects.region(regionId ?? '*'), context.logger);

  let codes: string[];
  if (regionId) {
    const region = regionsById.get(regionId);
    if (!region) throw notFound();
    if (municipality && !region.municipalityCodes.includes(municipality.id)) {
      throw new UserFacingError('BAD_USER_INPUT', `${municipality.id} is not a municipality of this region.`, {
        field: 'municipalityCode',
      });
    }
    codes = municipality ? [municipality.id] : [...region.municipalityCodes];
  } else {
    codes = municipality ? [municipality.id] : [...municipalitiesByCode.keys()];
  }
  if (codes.length === 0) throw new UserFacingError('BAD_USER_INPUT', 'This region has no municipalities yet.', { field: 'regionId' });
  const data = await report(participationStore(context.services), { schoolYear, municipalityCodes: codes });
  return { ...data, regionId };
}

/**
 * Reach of a region (default: the advisor's own), narrowed to one municipality when asked. Without
 * region and municipality, admin gets every municipality the CMS knows.
 */
export const regionReport: NonNullable<QueryResolvers['regionReport']> = (_parent, args, context) =>
  authorizedReport('Query.regionReport', args, context);
