/**
 * Municipality geometry for the seed: the boundary and centre of each seed municipality, derived
 * from real open data and never drawn by hand.
 *
 * Source: CBS "Wijk- en buurtkaart" municipality boundaries (gemeente_gegeneraliseerd, 2025) as
 * published through PDOK, in the simplified WGS84 TopoJSON of the public repository cartomap/nl
 * (file wgs84/gemeente_2025.topojson). The subset for the seed lives in
 * cms/src/seed/data/gemeente_2025.seed.topojson; cms/src/seed/data/README.md says how it was made.
 *
 *   npx tsx scripts/municipality-geometry.ts [--from <topojson>] [--check]
 *
 * --from  a TopoJSON with a `gemeente_2025` object (the full upstream file or the subset): the
 *         subset is written anew from it, keeping only the seed's municipalities and their arcs.
 * --check writes nothing; exits 1 when the committed files differ from what this script makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Polygon, MultiPolygon, Topology } from 'topojson-specification';
import { MUNICIPALITIES } from '../cms/src/seed/lists.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SUBSET_PATH = `${root}cms/src/seed/data/gemeente_2025.seed.topojson`;
export const OUTPUT_PATH = `${root}cms/src/seed/municipality-geometry.ts`;
const OBJECT = 'gemeente_2025';

type Municipalities = GeometryCollection<{ statcode: string; statnaam: string }>;
type Boundary = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface MunicipalityGeometry {
  readonly code: string;
  /** The name in the source, to check the match by CBS code. */
  readonly sourceName: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly boundary: Boundary;
  /** CBS codes of the seed municipalities that share a stretch of boundary with this one. */
  readonly bordersOn: string[];
}

const props = (g: { properties?: unknown }) => (g.properties ?? {}) as { statcode?: string; statnaam?: string };

/** Keeps the geometries of `codes` and only the arcs they use, renumbered; the transform stays. */
export function subset(topology: Topology, codes: ReadonlySet<string>): Topology {
  const collection = topology.objects[OBJECT] as Municipalities | undefined;
  if (!collection) throw new Error(`The TopoJSON has no object "${OBJECT}"; pass cartomap/nl's wgs84/gemeente_2025.topojson.`);
  const kept = collection.geometries.filter((g) => codes.has(String(props(g).statcode)));
  const missing = [...codes].filter((c) => !kept.some((g) => props(g).statcode === c));
  if (missing.length) throw new Error(`No boundary in the source for ${missing.join(', ')}.`);
  const renumbered = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const mapArc = (i: number): number => {
    const original = i < 0 ? ~i : i;
    let next = renumbered.get(original);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(original, next);
      arcs.push(topology.arcs[original]!);
    }
    return i < 0 ? ~next : next;
  };
  const geometries = kept
    .sort((a, b) => String(props(a).statcode).localeCompare(String(props(b).statcode)))
    .map((g) => {
      const { statcode, statnaam } = props(g);
      if (g.type === 'Polygon') return { type: g.type, arcs: g.arcs.map((ring) => ring.map(mapArc)), properties: { statcode, statnaam } };
      if (g.type === 'MultiPolygon')
        return { type: g.type, arcs: g.arcs.map((p) => p.map((ring) => ring.map(mapArc))), properties: { statcode, statnaam } };
      throw new Error(`${statcode}: unexpected geometry ${g.type}`);
    });
  return {
    type: 'Topology',
    transform: topology.transform,
    objects: { [OBJECT]: { type: 'GeometryCollection', geometries } as Municipalities },
    arcs,
  } as Topology;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Boundaries, centres and shared borders of every municipality in the (subset) topology. */
export function geometries(topology: Topology): MunicipalityGeometry[] {
  const collection = topology.objects[OBJECT] as Municipalities;
  const features = feature(topology, collection).features;
  const bordering = neighbors(collection.geometries as Array<Polygon | MultiPolygon>);
  return features.map((f, i) => {
    const code = String(f.properties!.statcode);
    // The quantised source has 0.001° steps: five decimals keep every point as it is.
    const boundary = JSON.parse(JSON.stringify(f.geometry, (_k, v: unknown) => (typeof v === 'number' ? round(v, 5) : v))) as Boundary;
    // d3 treats rings as spherical polygons wound clockwise; a ring the other way round would be the whole globe minus the town.
    if (geoArea(boundary) > 2 * Math.PI) throw new Error(`${code}: ring winding is reversed`);
    const [longitude, latitude] = geoCentroid(boundary);
    if (!geoContains(boundary, [longitude, latitude])) throw new Error(`${code}: the centre falls outside the boundary`);
    return {
      code,
      sourceName: String(f.properties!.statnaam),
      latitude: round(latitude, 5),
      longitude: round(longitude, 5),
      boundary,
      bordersOn: bordering[i]!.map((j) => String(props(collection.geometries[j]!).statcode)).sort(),
    };
  });
}

export function render(list: readonly MunicipalityGeometry[]): string {
  return `// Generated by scripts/municipality-geometry.ts from cms/src/seed/data/gemeente_2025.seed.topojson. Do not edit:
// run npx tsx scripts/municipality-geometry.ts.
//
// Source: CBS municipality boundaries 2025 (gemeente_gegeneraliseerd) published through PDOK, simplified
// in the public repository cartomap/nl (wgs84/gemeente_2025.topojson). latitude/longitude: the centroid
// of that boundary (WGS84). bordersOn: seed municipalities sharing a boundary arc with it.

export interface MunicipalityGeometry {
  readonly code: string;
  readonly sourceName: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly boundary: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  readonly bordersOn: readonly string[];
}

export const MUNICIPALITY_GEOMETRY: readonly MunicipalityGeometry[] = ${JSON.stringify(list)};
`;
}

function main(argv: string[]): void {
  const fromIndex = argv.indexOf('--from');
  const check = argv.includes('--check');
  const codes = new Set(MUNICIPALITIES.map((m) => m.code));
  const source = fromIndex >= 0 ? argv[fromIndex + 1] : SUBSET_PATH;
  if (!source) throw new Error('--from needs a file: the TopoJSON to take the boundaries from.');
  const topology = subset(JSON.parse(readFileSync(source, 'utf8')) as Topology, codes);
  const subsetText = `${JSON.stringify(topology)}\n`;
  const list = geometries(topology);
  const output = render(list);
  if (check) {
    const stale = [
      readFileSync(SUBSET_PATH, 'utf8') !== subsetText && SUBSET_PATH,
      readFileSync(OUTPUT_PATH, 'utf8') !== output && OUTPUT_PATH,
    ].filter(Boolean);
    if (stale.length) {
      console.error(`Out of date: ${stale.join(', ')}. Run npx tsx scripts/municipality-geometry.ts and commit the result.`);
      process.exit(1);
    }
    console.log(`municipality geometry up to date (${list.length} municipalities)`);
    return;
  }
  writeFileSync(SUBSET_PATH, subsetText);
  writeFileSync(OUTPUT_PATH, output);
  for (const m of list)
    console.log(`${m.code} ${m.sourceName}: ${m.latitude}, ${m.longitude}; borders on ${m.bordersOn.join(', ') || 'none'}`);
  console.log(`wrote ${SUBSET_PATH} and ${OUTPUT_PATH}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
