/**
 * The region's municipalities on a map drawn offline: each boundary from the CMS (CBS/PDOK, see
 * cms/src/seed/data/README.md) coloured by the share of pupils reached (a choropleth); a
 * municipality with only a centre is a circle sized by its pupils. No tiles, so no outside server.
 * Every municipality is a link: Tab reaches it, its figures are its name for screen readers and
 * show below the map on hover or focus, Enter or a click opens it.
 */
import { geoMercator } from 'd3-geo';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MunicipalityReach, RegionReport } from '../api/region-report.ts';
import { blindSpotsIn, formatRate, viewFigures, type MapView } from './figures.ts';

const WIDTH = 640;
const HEIGHT = 460;
/** Light to dark blue; enough contrast against white for the lightest class too (the border carries it). */
const CLASSES = ['#dbe9f6', '#a9cce3', '#6baed6', '#2f7fbf', '#08519c'];
const NO_PUPILS = '#e6e6e6';

type Placed = { m: MunicipalityReach; rings: [number, number][][]; centre: [number, number] | null };

export function RegionMap({
  report,
  view,
  selected,
  onOpen,
}: {
  report: RegionReport;
  view: MapView;
  selected: string | null;
  onOpen: (code: string) => void;
}) {
  const { t, language } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const regionName = report.region?.name ?? '';

  const placed = useMemo<Placed[]>(() => {
    const withPlace = report.municipalities.filter(
      (m) => (m.municipality?.boundary.length ?? 0) > 0 || (m.municipality?.latitude != null && m.municipality.longitude != null),
    );
    const points = withPlace.flatMap((m) =>
      m.municipality!.boundary.length ? m.municipality!.boundary.flat() : [[m.municipality!.longitude!, m.municipality!.latitude!]],
    );
    if (!points.length) return [];
    const projection = geoMercator().fitExtent(
      [
        [24, 24],
        [WIDTH - 24, HEIGHT - 24],
      ],
      { type: 'MultiPoint', coordinates: points },
    );
    const project = (p: number[]) => projection([p[0]!, p[1]!]) as [number, number];
    return withPlace.map((m) => {
      const place = m.municipality!;
      return {
        m,
        rings: place.boundary.map((ring) => ring.map(project)),
        centre: place.latitude != null && place.longitude != null ? project([place.longitude, place.latitude]) : null,
      };
    });
  }, [report]);

  const figures = new Map(
    report.municipalities.map((m) => {
      const spots = blindSpotsIn(report, m.municipalityCode, view).length;
      return [m.municipalityCode, { ...viewFigures(m, view, spots, t, language), spots }];
    }),
  );
  const maxRate = Math.max(0, ...[...figures.values()].map((f) => f.rate ?? 0));
  const breaks = CLASSES.map((_, i) => (maxRate * (i + 1)) / CLASSES.length);
  const colour = (rate: number | null) =>
    rate == null
      ? NO_PUPILS
      : CLASSES[
          Math.max(
            0,
            breaks.findIndex((b) => rate <= b),
          )
        ]!;
  const maxPupils = Math.max(1, ...report.municipalities.map((m) => m.pupilsEnrolled));
  const missing = report.municipalities.filter((m) => !placed.some((p) => p.m.municipalityCode === m.municipalityCode));
  const shown = active ?? selected;

  return (
    <figure className="region-map">
      <figcaption className="utrecht-paragraph">{t('region.mapHint')}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="region-map__svg"
        role="group"
        aria-label={t('region.map', { region: regionName })}
        onMouseLeave={() => setActive(null)}
      >
        {placed.map(({ m, rings, centre }) => {
          const f = figures.get(m.municipalityCode)!;
          const code = m.municipalityCode;
          const classes = `region-map__area${f.spots ? ' region-map__area--blind' : ''}${selected === code ? ' region-map__area--selected' : ''}`;
          return (
            <a
              key={code}
              href={`#gemeente-${code}`}
              data-municipality={code}
              aria-label={f.text}
              className="region-map__place"
              onMouseEnter={() => setActive(code)}
              onFocus={() => setActive(code)}
              onBlur={() => setActive(null)}
              onClick={(e) => {
                e.preventDefault();
                onOpen(code);
              }}
            >
              <title>{f.text}</title>
              {rings.length ? (
                <path
                  className={classes}
                  fillRule="evenodd"
                  fill={colour(f.rate)}
                  d={rings.map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`).join('')}
                />
              ) : (
                <circle
                  className={classes}
                  fill={colour(f.rate)}
                  cx={centre![0]}
                  cy={centre![1]}
                  r={8 + 22 * Math.sqrt(m.pupilsEnrolled / maxPupils)}
                />
              )}
              {centre && f.spots > 0 && (
                <g className="region-map__badge" aria-hidden="true" data-blind-spots={f.spots}>
                  <circle cx={centre[0]} cy={centre[1]} r={10} />
                  <text x={centre[0]} y={centre[1]} dy="0.35em" textAnchor="middle">
                    {f.spots}
                  </text>
                </g>
              )}
            </a>
          );
        })}
      </svg>
      <p className="region-map__figures utrecht-paragraph" data-testid="map-figures" aria-live="polite">
        {shown ? figures.get(shown)?.text : t('region.pickOne')}
      </p>
      <div className="region-map__legend" aria-hidden="true">
        <span>{t('region.legend')}:</span>
        {CLASSES.map((c, i) => (
          <span key={c} className="region-map__legend-item">
            <span className="region-map__swatch" style={{ background: c }} />
            {i === 0 ? '0' : formatRate(breaks[i - 1]!, t, language)}–{formatRate(breaks[i]!, t, language)}
          </span>
        ))}
      </div>
      <p className="utrecht-paragraph utrecht-paragraph--small">{t('region.mapSource')}</p>
      {missing.length > 0 && (
        <p className="utrecht-paragraph utrecht-paragraph--small">
          {t('region.notOnMap', { names: missing.map((m) => m.name ?? m.municipalityCode).join(', ') })}
        </p>
      )}
    </figure>
  );
}
