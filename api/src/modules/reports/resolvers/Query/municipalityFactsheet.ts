import type { QueryResolvers } from '../../../../generated/resolvers-types.ts';
import { participationStore } from '../../../../services.ts';
import { label } from '../../../offers/labels.ts';
import { participationLabel } from '../../../common/labels.ts';
import { suggestionsFor } from '../../blind-spot-suggestions.ts';
import { FACTSHEET_LABELS, renderFactsheet, topOffers } from '../../factsheet.ts';
import { authorizedReport } from './regionReport.ts';

/** The factsheet PDF of one municipality: the region report of that municipality, on one page. */
export const municipalityFactsheet: NonNullable<QueryResolvers['municipalityFactsheet']> = async (_parent, args, context) => {
  const data = await authorizedReport('Query.municipalityFactsheet', args, context);
  const { locale } = context;
  const catalogue = await context.services.catalogue.get(locale);
  const reach = data.municipalities[0]!;
  const municipality = catalogue.municipalitiesByCode.get(reach.municipalityCode);
  const generatedAt = new Date();
  const pdf = await renderFactsheet({
    labels: FACTSHEET_LABELS[locale],
    locale,
    municipalityName: municipality?.name ?? reach.municipalityName ?? reach.municipalityCode,
    regionName: data.regionId ? (catalogue.regionsById.get(data.regionId)?.name ?? null) : null,
    schoolYear: data.schoolYear,
    generatedAt,
    boundary: municipality?.boundary,
    reach,
    disciplines: reach.disciplines.map((d) => ({ label: label('discipline', d.discipline, locale), ...d })),
    topOffers: await topOffers(
      participationStore(context.services),
      reach.municipalityCode,
      data.schoolYear,
      (id) => catalogue.offersById.get(id)?.title,
    ),
    eviSpread: data.eviSpread.map((p) => ({ label: participationLabel('eviPillar', p.pillar, locale), scenarios: p.scenarios })),
    blindSpots: data.blindSpots.map((spot) => ({
      disciplineLabel: label('discipline', spot.discipline, locale),
      suggestions: suggestionsFor(spot, catalogue.offers, catalogue.municipalitiesByCode)
        .slice(0, 3)
        .map((s) => s.partnerName),
    })),
  });
  return {
    fileName: `factsheet-${reach.municipalityCode}-${data.schoolYear}.pdf`,
    contentType: 'application/pdf',
    base64: pdf.toString('base64'),
    generatedAt: generatedAt.toISOString(),
  };
};
