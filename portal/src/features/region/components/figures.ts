import type { Language, Translate } from '../../../lib/i18n.tsx';
import type { MunicipalityReach, RegionReport } from '../api/region-report.ts';

export const formatNumber = (n: number, language: Language) => n.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');

const rateOf = (reached: number, enrolled: number) => (enrolled > 0 ? reached / enrolled : null);

export const formatRate = (rate: number | null | undefined, t: Translate, language: Language) =>
  rate == null
    ? t('region.noRate')
    : rate.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** What the map shows: everything, one discipline or one sector. */
export type MapView =
  { readonly kind: 'all' } | { readonly kind: 'discipline'; readonly value: string } | { readonly kind: 'sector'; readonly value: string };

/** The figures of one municipality in the map's view: its share of pupils reached colours it. */
export interface ViewFigures {
  readonly rate: number | null;
  readonly text: string;
}

export function viewFigures(m: MunicipalityReach, view: MapView, blindSpots: number, t: Translate, language: Language): ViewFigures {
  const n = (v: number) => formatNumber(v, language);
  const name = m.name ?? m.municipalityCode;
  const blind = blindSpots > 0 ? t('region.figures.blind', { count: n(blindSpots) }) : '';
  if (view.kind === 'discipline') {
    const d = m.disciplines.find((x) => x.discipline === view.value);
    const reached = d?.pupilsReached ?? 0;
    const rate = rateOf(reached, m.pupilsEnrolled);
    return {
      rate,
      text:
        t('region.figures.discipline', {
          name,
          discipline: d?.label ?? view.value,
          activities: n(d?.activities ?? 0),
          reached: n(reached),
          enrolled: n(m.pupilsEnrolled),
          rate: formatRate(rate, t, language),
        }) + blind,
    };
  }
  const f =
    view.kind === 'sector'
      ? (m.sectors.find((s) => s.sector === view.value) ?? { schools: 0, schoolsTakingPart: 0, pupilsEnrolled: 0, pupilsReached: 0 })
      : m;
  const rate = rateOf(f.pupilsReached, f.pupilsEnrolled);
  const sectorName = view.kind === 'sector' ? `${name} (${m.sectors.find((s) => s.sector === view.value)?.label ?? view.value})` : name;
  return {
    rate,
    text:
      t('region.figures', {
        name: sectorName,
        taking: n(f.schoolsTakingPart),
        schools: n(f.schools),
        reached: n(f.pupilsReached),
        enrolled: n(f.pupilsEnrolled),
        rate: formatRate(rate, t, language),
      }) + blind,
  };
}

/** Blind spots of a municipality that the view concerns: all of them, or the one of its discipline. */
export function blindSpotsIn(report: RegionReport, code: string, view: MapView) {
  return report.blindSpots.filter(
    (s) =>
      s.municipalityCode === code &&
      (view.kind === 'all' || (view.kind === 'discipline' ? s.discipline === view.value : s.sectors.includes(view.value as never))),
  );
}
