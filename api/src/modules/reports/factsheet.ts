/**
 * The factsheet of one municipality: one A4 page made with pdfkit from the same figures the region
 * report gives, so the paper never says something the dashboard does not.
 */
import { toBooking } from '../../sources/dynamodb/items.ts';
import { queryIndex } from '../../sources/dynamodb/query.ts';
import type { ParticipationStore } from '../../sources/dynamodb/store.ts';

export interface TopOffer {
  readonly offerId: string;
  readonly title: string;
  readonly activities: number;
  readonly pupilsReached: number;
}

/** Offers by activities held in the municipality this school year (HELD and EVALUATED bookings), most first. */
export async function topOffers(
  store: ParticipationStore,
  municipalityCode: string,
  schoolYear: string,
  titleOf: (offerId: string) => string | undefined,
  limit = 5,
): Promise<TopOffer[]> {
  const pk = `MUNICIPALITY#${municipalityCode}#YEAR#${schoolYear}`;
  const held = (await Promise.all(['HELD#', 'EVALUATED#'].map((status) => queryIndex(store, 'gsi4', pk, status)))).flat().map(toBooking);
  const per = new Map<string, { activities: number; pupilsReached: number }>();
  for (const b of held) {
    const entry = per.get(b.offerId) ?? { activities: 0, pupilsReached: 0 };
    entry.activities += 1;
    entry.pupilsReached += b.activity?.pupilsReached ?? 0;
    per.set(b.offerId, entry);
  }
  return [...per.entries()]
    .map(([offerId, e]) => ({ offerId, title: titleOf(offerId) ?? offerId, ...e }))
    .sort((a, b) => b.activities - a.activities || b.pupilsReached - a.pupilsReached || a.title.localeCompare(b.title, 'nl'))
    .slice(0, limit);
}

export interface FactsheetContent {
  readonly labels: FactsheetLabels;
  readonly municipalityName: string;
  readonly regionName: string | null;
  readonly schoolYear: string;
  readonly generatedAt: Date;
  readonly locale: 'nl' | 'en';
  readonly reach: {
    schools: number;
    schoolsTakingPart: number;
    pupilsEnrolled: number;
    pupilsReached: number;
    activities: number;
  };
  readonly disciplines: readonly { label: string; activities: number; pupilsReached: number }[];
  readonly topOffers: readonly TopOffer[];
  /** Per pillar: schools in scenario 1..4. */
  readonly eviSpread: readonly { label: string; scenarios: readonly number[] }[];
  readonly blindSpots: readonly { disciplineLabel: string; suggestions: readonly string[] }[];
  /** The municipality's boundary from the CMS (rings of [longitude, latitude]); drawn top right when there is one. */
  readonly boundary?: readonly (readonly (readonly [number, number])[])[];
}

export interface FactsheetLabels {
  title: string;
  schoolYear: string;
  made: string;
  reach: string;
  schoolsTakingPart: string;
  pupilsReached: string;
  activities: string;
  disciplines: string;
  topOffers: string;
  none: string;
  evi: string;
  scenario: string;
  blindSpots: string;
  noBlindSpots: string;
  suggestion: string;
  footer: string;
}

export const FACTSHEET_LABELS: Record<'nl' | 'en', FactsheetLabels> = {
  nl: {
    title: 'Factsheet',
    schoolYear: 'Schooljaar',
    made: 'Gemaakt op',
    reach: 'Bereik',
    schoolsTakingPart: 'scholen doen mee',
    pupilsReached: 'leerlingen bereikt',
    activities: 'activiteiten',
    disciplines: 'Disciplines',
    topOffers: 'Meest gehouden aanbod',
    none: 'Nog niets gehouden dit schooljaar.',
    evi: 'Evi: scholen per scenario',
    scenario: 'scenario',
    blindSpots: 'Blinde vlekken',
    noBlindSpots: 'Geen: in elke discipline is iets gehouden.',
    suggestion: 'aanbieders in de buurt',
    footer: 'Cijfers uit het CmK-platform (regiorapport). Gemeentegrenzen: CBS/PDOK.',
  },
  en: {
    title: 'Factsheet',
    schoolYear: 'School year',
    made: 'Made on',
    reach: 'Reach',
    schoolsTakingPart: 'schools taking part',
    pupilsReached: 'pupils reached',
    activities: 'activities',
    disciplines: 'Disciplines',
    topOffers: 'Offers held most',
    none: 'Nothing held yet this school year.',
    evi: 'Evi: schools per scenario',
    scenario: 'scenario',
    blindSpots: 'Blind spots',
    noBlindSpots: 'None: every discipline had an activity.',
    suggestion: 'partners nearby',
    footer: 'Figures from the CmK platform (region report). Municipality boundaries: CBS/PDOK.',
  },
};

const percent = (part: number, whole: number, locale: string) =>
  whole > 0 ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) : '–';

/** The text of the reach line, also what a reader searches the PDF for. */
export function reachLine(c: Pick<FactsheetContent, 'reach' | 'labels' | 'locale'>): string {
  const n = (v: number) => v.toLocaleString(c.locale === 'nl' ? 'nl-NL' : 'en-GB');
  const { reach, labels } = c;
  return `${n(reach.schoolsTakingPart)} / ${n(reach.schools)} ${labels.schoolsTakingPart} · ${n(reach.pupilsReached)} / ${n(reach.pupilsEnrolled)} ${labels.pupilsReached} (${percent(reach.pupilsReached, reach.pupilsEnrolled, c.locale)}) · ${n(reach.activities)} ${labels.activities}`;
}

/** The boundary in a square box: longitude scaled by cos(latitude), as a map of a town would; filled even-odd for holes. */
function drawBoundary(doc: PDFKit.PDFDocument, rings: NonNullable<FactsheetContent['boundary']>, x: number, y: number, size: number) {
  const points = rings.flat();
  const lat0 = (points.reduce((s, p) => s + p[1], 0) / points.length) * (Math.PI / 180);
  const xs = points.map((p) => p[0] * Math.cos(lat0));
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = size / Math.max(maxX - minX, maxY - minY, 1e-9);
  const px = (p: readonly [number, number]) => x + (p[0] * Math.cos(lat0) - minX) * scale + (size - (maxX - minX) * scale) / 2;
  const py = (p: readonly [number, number]) => y + (maxY - p[1]) * scale + (size - (maxY - minY) * scale) / 2;
  doc.save();
  for (const ring of rings) {
    ring.forEach((p, i) => (i === 0 ? doc.moveTo(px(p), py(p)) : doc.lineTo(px(p), py(p))));
    doc.closePath();
  }
  doc.lineWidth(1).fillColor('#a9cce3').strokeColor('#1d3557').fillAndStroke('#a9cce3', '#1d3557', 'even-odd');
  doc.restore();
}

/** One A4 page; long lists are cut to what fits, never spilling onto a second page. */
export async function renderFactsheet(c: FactsheetContent): Promise<Buffer> {
  // Loaded on the first factsheet only: pdfkit (with fontkit) is as big as the rest of the API, and
  // Lambda installs it beside the bundle (infra/lib/stacks/api-stack.ts).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `${c.labels.title} ${c.municipalityName} ${c.schoolYear}`, Author: 'CmK platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const bottom = doc.page.height - doc.page.margins.bottom - 30;
  const fits = (lines = 1) => doc.y + lines * 14 < bottom;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#1d3557').text(text).moveDown(0.2);
    doc.font('Helvetica').fontSize(10).fillColor('#000');
  };
  const dateText = c.generatedAt.toLocaleDateString(c.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

  if (c.boundary?.length) drawBoundary(doc, c.boundary, doc.page.width - doc.page.margins.right - 110, doc.page.margins.top, 110);
  const textWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right - (c.boundary?.length ? 125 : 0);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#1d3557').text(`${c.labels.title} ${c.municipalityName}`, { width: textWidth });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#333')
    .text(`${c.regionName ? `${c.regionName} · ` : ''}${c.labels.schoolYear} ${c.schoolYear} · ${c.labels.made} ${dateText}`, {
      width: textWidth,
    });
  // The figures start below the drawing, so no line runs into it.
  if (c.boundary?.length) doc.y = Math.max(doc.y, doc.page.margins.top + 100);

  heading(c.labels.reach);
  doc.fontSize(11).text(reachLine(c));

  heading(c.labels.disciplines);
  const reached = c.disciplines.filter((d) => d.activities > 0);
  if (!reached.length) doc.text(c.labels.none);
  for (const d of reached)
    if (fits()) doc.text(`${d.label}: ${d.activities} ${c.labels.activities}, ${d.pupilsReached} ${c.labels.pupilsReached}`);

  heading(c.labels.topOffers);
  if (!c.topOffers.length) doc.text(c.labels.none);
  c.topOffers.forEach((o, i) => {
    if (fits()) doc.text(`${i + 1}. ${o.title}: ${o.activities} ${c.labels.activities}, ${o.pupilsReached} ${c.labels.pupilsReached}`);
  });

  heading(c.labels.evi);
  for (const p of c.eviSpread) {
    if (fits()) doc.text(`${p.label}: ${p.scenarios.map((n, i) => `${c.labels.scenario} ${i + 1}: ${n}`).join(', ')}`);
  }

  heading(c.labels.blindSpots);
  if (!c.blindSpots.length) doc.text(c.labels.noBlindSpots);
  for (const s of c.blindSpots) {
    if (!fits(2)) break;
    doc.text(s.suggestions.length ? `${s.disciplineLabel}; ${c.labels.suggestion}: ${s.suggestions.join(', ')}` : s.disciplineLabel);
  }

  doc
    .fontSize(8)
    .fillColor('#555')
    .text(c.labels.footer, doc.page.margins.left, doc.page.height - doc.page.margins.bottom - 12, { lineBreak: false });
  doc.end();
  return done;
}
