/**
 * The dashboard's charts, drawn with Observable Plot. This module (and Plot with it) loads only
 * when the dashboard shows charts, so no other page carries its weight. Each chart sits in a
 * ChartPanel with the same figures as a table and as CSV.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { RegionReport } from '../api/region-report.ts';
import { ChartPanel, type TableData } from './data-table.tsx';

const SCENARIO_COLOURS = ['#d7301f', '#fc8d59', '#91bfdb', '#4575b4'];

/** Renders a Plot figure. Plot's own <style> element is dropped (the CSP allows style sheets from 'self' only); styles.css styles .region-plot. */
function PlotFigure({ make, label }: { make: () => SVGSVGElement | HTMLElement; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = make();
    figure.querySelectorAll('style').forEach((s) => s.remove());
    figure.setAttribute('aria-hidden', 'true');
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [make]);
  return <div ref={ref} className="region-plot" role="img" aria-label={label} />;
}

const common = { width: 560, height: 260, marginLeft: 150, className: 'region-plot__svg' } as const;
/** Counts have whole ticks only: 0, 1, 2, not 0.2, 0.4. */
const counts = { label: null, grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') } as const;

export interface ChartTables {
  readonly status: TableData;
  readonly disciplines: TableData;
  readonly grades: TableData;
  readonly evi: TableData;
  readonly sectors: TableData;
}

/** The charts' tables from the report: also what the CSV of each chart holds. */
export function chartTables(report: RegionReport, t: ReturnType<typeof useI18n>['t']): ChartTables {
  return {
    status: {
      id: 'bookings-by-status',
      caption: t('region.chart.status'),
      columns: [{ label: t('region.status') }, { label: t('region.count'), numeric: true }],
      rows: report.totals.bookingsByStatus.map((s) => [s.label, s.count]),
    },
    disciplines: {
      id: 'activities-per-discipline',
      caption: t('region.chart.disciplines'),
      columns: [
        { label: t('region.discipline') },
        { label: t('region.activities'), numeric: true },
        { label: t('region.pupilsReached'), numeric: true },
      ],
      rows: report.disciplines.map((d) => [d.label, d.activities, d.pupilsReached]),
    },
    grades: {
      id: 'activities-per-grade',
      caption: t('region.chart.grades'),
      columns: [{ label: t('region.sector') }, { label: t('region.grade') }, { label: t('region.activities'), numeric: true }],
      rows: report.grades.map((g) => [g.sector, g.label, g.activities]),
    },
    evi: {
      id: 'evi-spread',
      caption: t('region.chart.evi'),
      columns: [{ label: t('region.pillar') }, ...[1, 2, 3, 4].map((n) => ({ label: t('region.scenario', { n }), numeric: true }))],
      rows: report.eviSpread.map((p) => [p.label, ...p.scenarios]),
    },
    sectors: {
      id: 'reach-per-sector',
      caption: t('region.chart.sectors'),
      columns: [
        { label: t('region.sector') },
        { label: t('region.schoolsTakingPart'), numeric: true },
        { label: t('region.schools'), numeric: true },
        { label: t('region.pupilsReached'), numeric: true },
        { label: t('region.pupilsEnrolled'), numeric: true },
      ],
      rows: report.sectors.map((s) => [s.label, s.schoolsTakingPart, s.schools, s.pupilsReached, s.pupilsEnrolled]),
    },
  };
}

export default function RegionCharts({ report }: { report: RegionReport }) {
  const { t } = useI18n();
  const tables = chartTables(report, t);
  const year = report.schoolYear;
  const status = report.totals.bookingsByStatus;
  const grades = report.grades.map((g) => ({ ...g, key: `${g.sector} · ${g.label}` }));
  const evi = report.eviSpread.flatMap((p) =>
    p.scenarios.map((count, i) => ({ pillar: p.label, scenario: t('region.scenario', { n: i + 1 }), count })),
  );
  const scenarios = [1, 2, 3, 4].map((n) => t('region.scenario', { n }));
  const sectors = report.sectors.map((s) => ({ label: s.label, rate: s.pupilsEnrolled ? s.pupilsReached / s.pupilsEnrolled : 0 }));

  return (
    <div className="region-charts">
      <ChartPanel table={tables.status} schoolYear={year}>
        <PlotFigure
          label={tables.status.caption}
          make={() =>
            Plot.plot({
              ...common,
              x: counts,
              y: { label: null },
              marks: [Plot.barX(status, { x: 'count', y: 'label', fill: '#2f7fbf', sort: { y: null } }), Plot.ruleX([0])],
            })
          }
        />
      </ChartPanel>
      <ChartPanel table={tables.disciplines} schoolYear={year}>
        <PlotFigure
          label={tables.disciplines.caption}
          make={() =>
            Plot.plot({
              ...common,
              x: counts,
              y: { label: null },
              marks: [Plot.barX(report.disciplines, { x: 'activities', y: 'label', fill: '#2f7fbf', sort: { y: '-x' } }), Plot.ruleX([0])],
            })
          }
        />
      </ChartPanel>
      <ChartPanel table={tables.grades} schoolYear={year}>
        <PlotFigure
          label={tables.grades.caption}
          make={() =>
            Plot.plot({
              ...common,
              height: Math.max(160, 18 * grades.length + 40),
              x: counts,
              y: { label: null },
              marks: [Plot.barX(grades, { x: 'activities', y: 'key', fill: '#2f7fbf', sort: { y: null } }), Plot.ruleX([0])],
            })
          }
        />
      </ChartPanel>
      <ChartPanel table={tables.evi} schoolYear={year} note={t('region.chart.eviNote')}>
        <PlotFigure
          label={tables.evi.caption}
          make={() =>
            Plot.plot({
              ...common,
              x: counts,
              y: { label: null },
              color: { domain: scenarios, range: SCENARIO_COLOURS, legend: true },
              marks: [Plot.barX(evi, { x: 'count', y: 'pillar', fill: 'scenario', order: scenarios, sort: { y: null } }), Plot.ruleX([0])],
            })
          }
        />
      </ChartPanel>
      <ChartPanel table={tables.sectors} schoolYear={year}>
        <PlotFigure
          label={tables.sectors.caption}
          make={() =>
            Plot.plot({
              ...common,
              x: { label: '%', grid: true, percent: true },
              y: { label: null },
              marks: [Plot.barX(sectors, { x: 'rate', y: 'label', fill: '#2f7fbf', sort: { y: null } }), Plot.ruleX([0])],
            })
          }
        />
      </ChartPanel>
    </div>
  );
}
