import { Button } from '@utrecht/button-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { SelectField } from '../../../components/ui/form.tsx';
import { ErrorState, Loading, Notice } from '../../../components/ui/states.tsx';
import { useI18n, type Translate } from '../../../lib/i18n.tsx';
import { recentSchoolYears } from '../../../lib/school-year.ts';
import type { Viewer } from '../../../lib/viewer.ts';
import { useFactsheetDownload, useRegionChoices, useRegionReport, type RegionReport } from '../api/region-report.ts';
import { CsvButton, Table, type TableData } from './data-table.tsx';
import { formatNumber, viewFigures, type MapView } from './figures.ts';
import { RegionMap } from './region-map.tsx';

// Plot is the heaviest part of the page: the charts load after the map and the tables.
const RegionCharts = lazy(() => import('./charts.tsx'));

const viewKey = (v: MapView) => (v.kind === 'all' ? 'all' : `${v.kind}:${v.value}`);
const parseView = (key: string): MapView => {
  const [kind, value] = key.split(':');
  return kind === 'discipline' || kind === 'sector' ? { kind, value: value! } : { kind: 'all' };
};

const nameOf = (report: RegionReport, code: string) => report.municipalities.find((m) => m.municipalityCode === code)?.name ?? code;

export function reachTable(report: RegionReport, t: Translate): TableData {
  return {
    id: 'reach-per-municipality',
    caption: `${t('region.table')} ${report.schoolYear}`,
    columns: [
      { label: t('region.municipality') },
      { label: 'CBS' },
      { label: t('region.schoolsTakingPart'), numeric: true },
      { label: t('region.schools'), numeric: true },
      { label: t('region.pupilsReached'), numeric: true },
      { label: t('region.pupilsEnrolled'), numeric: true },
      { label: t('region.activities'), numeric: true },
    ],
    rows: report.municipalities.map((m) => [
      m.name ?? m.municipalityCode,
      m.municipalityCode,
      m.schoolsTakingPart,
      m.schools,
      m.pupilsReached,
      m.pupilsEnrolled,
      m.activities,
    ]),
  };
}

export function blindSpotTable(report: RegionReport, t: Translate): TableData {
  return {
    id: 'blind-spots',
    caption: t('region.blindSpots'),
    columns: [
      { label: t('region.municipality') },
      { label: 'CBS' },
      { label: t('region.discipline') },
      { label: t('region.sector') },
      { label: t('region.partner') },
      { label: t('region.neighbours') },
      { label: t('region.offers'), numeric: true },
    ],
    rows: report.blindSpots.flatMap((s) => {
      const base = [nameOf(report, s.municipalityCode), s.municipalityCode, s.disciplineLabel, s.sectors.join(', ')];
      return s.suggestions.length
        ? s.suggestions.map((x) => [...base, x.partnerName, x.neighbourCodes.map((c) => nameOf(report, c)).join(', '), x.offerIds.length])
        : [[...base, '', '', 0]];
    }),
  };
}

/** The advisor's region (an admin picks one) in a school year: map, charts, blind spots, tables and factsheets. */
export function RegionDashboard({ viewer }: { viewer: Viewer }) {
  const { t, language } = useI18n();
  const years = recentSchoolYears();
  const [schoolYear, setSchoolYear] = useState(years[0]!);
  const isAdmin = viewer.role === 'ADMIN';
  const choices = useRegionChoices(isAdmin);
  const [picked, setPicked] = useState<string | undefined>();
  const regionId = isAdmin ? (picked ?? choices.data?.[0]?.id) : undefined;
  const report = useRegionReport(schoolYear, regionId, !isAdmin || Boolean(regionId));
  const [view, setView] = useState<MapView>({ kind: 'all' });
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <>
      <p className="utrecht-paragraph">{t('region.intro')}</p>
      <div className="region-controls">
        <SelectField label={t('region.schoolYear')} value={schoolYear} onChange={(e) => setSchoolYear(e.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        {isAdmin && (
          <SelectField label={t('region.region')} value={regionId ?? ''} onChange={(e) => (setPicked(e.target.value), setSelected(null))}>
            {(choices.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        )}
        {report.data && (
          <SelectField label={t('region.show')} value={viewKey(view)} onChange={(e) => setView(parseView(e.target.value))}>
            <option value="all">{t('region.show.all')}</option>
            <optgroup label={t('region.show.disciplines')}>
              {report.data.disciplines.map((d) => (
                <option key={d.discipline} value={`discipline:${d.discipline}`}>
                  {d.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('region.show.sectors')}>
              {report.data.sectors.map((s) => (
                <option key={s.sector} value={`sector:${s.sector}`}>
                  {s.label}
                </option>
              ))}
            </optgroup>
          </SelectField>
        )}
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Notice kind="warning">{t('region.ownRegion')}</Notice>
      ) : (
        <Dashboard report={report.data} view={view} selected={selected} onOpen={setSelected} t={t} language={language} />
      )}
    </>
  );
}

function Dashboard({
  report,
  view,
  selected,
  onOpen,
  t,
  language,
}: {
  report: RegionReport;
  view: MapView;
  selected: string | null;
  onOpen: (code: string | null) => void;
  t: Translate;
  language: 'nl' | 'en';
}) {
  const reach = reachTable(report, t);
  const blind = blindSpotTable(report, t);
  return (
    <>
      <h2 className="utrecht-heading-2">{report.region?.name ?? t('region.region')}</h2>
      <div className="region-layout">
        <RegionMap report={report} view={view} selected={selected} onOpen={onOpen} />
        {selected && <MunicipalityPanel report={report} code={selected} view={view} onClose={() => onOpen(null)} />}
      </div>

      <section aria-labelledby="blinde-vlekken">
        <h2 className="utrecht-heading-2" id="blinde-vlekken">
          {t('region.blindSpots')}
        </h2>
        <BlindSpotList report={report} codes={null} t={t} />
        <CsvButton table={blind} schoolYear={report.schoolYear} />
      </section>

      <section aria-labelledby="bereik-tabel">
        <h2 className="utrecht-heading-2" id="bereik-tabel">
          {t('region.table')}
        </h2>
        <Table table={reach} rowId={(row) => `gemeente-rij-${row[1]}`} />
        <p className="utrecht-paragraph">
          {t('region.total')}: {formatNumber(report.totals.schoolsTakingPart, language)} / {formatNumber(report.totals.schools, language)}{' '}
          {t('region.schoolsTakingPart').toLowerCase()}; {formatNumber(report.totals.pupilsReached, language)} /{' '}
          {formatNumber(report.totals.pupilsEnrolled, language)} {t('region.pupilsReached').toLowerCase()}.
        </p>
        <CsvButton table={reach} schoolYear={report.schoolYear} />
      </section>

      <section aria-labelledby="grafieken">
        <h2 className="utrecht-heading-2" id="grafieken">
          {t('region.charts')}
        </h2>
        <Suspense fallback={<Loading />}>
          <RegionCharts report={report} />
        </Suspense>
      </section>
    </>
  );
}

function BlindSpotList({ report, codes, t }: { report: RegionReport; codes: readonly string[] | null; t: Translate }) {
  const spots = report.blindSpots.filter((s) => !codes || codes.includes(s.municipalityCode));
  if (!spots.length) return <p className="utrecht-paragraph">{t('region.blindSpots.none')}</p>;
  return (
    <ul className="utrecht-unordered-list region-blind-spots" data-testid={codes ? undefined : 'blind-spots'}>
      {spots.map((s) => (
        <li
          key={`${s.municipalityCode}-${s.discipline}`}
          className="utrecht-unordered-list__item"
          data-blind-spot={`${s.municipalityCode}:${s.discipline}`}
        >
          <strong>
            {t('region.blindSpot', { discipline: s.disciplineLabel.toLowerCase(), municipality: nameOf(report, s.municipalityCode) })}
          </strong>
          {s.sectors.length > 0 && <> {t('region.blindSpot.sectors', { sectors: s.sectors.join(', ') })}</>}.{' '}
          {s.suggestions.length
            ? t('region.suggestions', {
                list: s.suggestions
                  .map((x) =>
                    t('region.suggestion', {
                      partner: x.partnerName,
                      neighbours: x.neighbourCodes.map((c) => nameOf(report, c)).join(', '),
                      offers: x.offerIds.length,
                    }),
                  )
                  .join('; '),
              })
            : s.sectors.length
              ? t('region.noSuggestions')
              : t('region.noSchools')}
        </li>
      ))}
    </ul>
  );
}

/** One municipality opened from the map: its figures by sector and discipline, its blind spots, its factsheet. */
function MunicipalityPanel({ report, code, view, onClose }: { report: RegionReport; code: string; view: MapView; onClose: () => void }) {
  const { t, language } = useI18n();
  const m = report.municipalities.find((x) => x.municipalityCode === code);
  const heading = useRef<HTMLHeadingElement>(null);
  const factsheet = useFactsheetDownload();
  useEffect(() => heading.current?.focus(), [code]);
  if (!m) return null;
  const spots = report.blindSpots.filter((s) => s.municipalityCode === code).length;
  const name = m.name ?? code;
  const bySector: TableData = {
    id: `reach-${code}-per-sector`,
    caption: t('region.chart.sectors'),
    columns: [
      { label: t('region.sector') },
      { label: t('region.schoolsTakingPart'), numeric: true },
      { label: t('region.schools'), numeric: true },
      { label: t('region.pupilsReached'), numeric: true },
      { label: t('region.pupilsEnrolled'), numeric: true },
    ],
    rows: m.sectors.map((s) => [s.label, s.schoolsTakingPart, s.schools, s.pupilsReached, s.pupilsEnrolled]),
  };
  const byDiscipline: TableData = {
    id: `reach-${code}-per-discipline`,
    caption: t('region.chart.disciplines'),
    columns: [
      { label: t('region.discipline') },
      { label: t('region.activities'), numeric: true },
      { label: t('region.pupilsReached'), numeric: true },
    ],
    rows: m.disciplines.map((d) => [d.label, d.activities, d.pupilsReached]),
  };
  return (
    <section
      className="region-municipality"
      id={`gemeente-${code}`}
      aria-labelledby={`gemeente-${code}-h`}
      data-testid="municipality-panel"
    >
      <h3 className="utrecht-heading-3" id={`gemeente-${code}-h`} tabIndex={-1} ref={heading}>
        {t('region.municipalityDetail', { name })}
      </h3>
      <p className="utrecht-paragraph">{viewFigures(m, view, spots, t, language).text}</p>
      <div className="region-chart__actions">
        <Button
          appearance="primary-action-button"
          busy={factsheet.isPending || undefined}
          disabled={factsheet.isPending}
          onClick={() => factsheet.mutate({ municipalityCode: code, schoolYear: report.schoolYear })}
          data-factsheet={code}
        >
          {factsheet.isPending ? t('region.factsheetBusy') : t('region.factsheet')}
        </Button>
        <Button appearance="subtle-button" onClick={onClose}>
          {t('region.close')}
        </Button>
      </div>
      {factsheet.isError && <Notice kind="error">{t('region.factsheetFailed')}</Notice>}
      <Table table={bySector} />
      <CsvButton table={bySector} schoolYear={report.schoolYear} />
      <Table table={byDiscipline} />
      <CsvButton table={byDiscipline} schoolYear={report.schoolYear} />
      <h4 className="utrecht-heading-4">{t('region.blindSpots')}</h4>
      <BlindSpotList report={report} codes={[code]} t={t} />
    </section>
  );
}
