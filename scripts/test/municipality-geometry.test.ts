import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { MUNICIPALITIES } from '../../cms/src/seed/lists.ts';
import { MUNICIPALITY_GEOMETRY } from '../../cms/src/seed/municipality-geometry.ts';
import { geometries, subset, SUBSET_PATH } from '../municipality-geometry.ts';

const fold = (name: string) => name.replace(/\s*\(.*\)$/, '').toLowerCase();

describe('municipality geometry of the seed (CBS/PDOK via cartomap/nl)', () => {
  it('is what the script makes from the committed subset: nobody edited it by hand', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/municipality-geometry.ts', '--check'], {
      cwd: `${__dirname}/../..`,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date (14 municipalities)');
  });

  it('has a boundary for every seed municipality, matched by CBS code with the same name, and its centre inside it', () => {
    expect(MUNICIPALITY_GEOMETRY.map((g) => g.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    for (const m of MUNICIPALITIES) {
      const g = MUNICIPALITY_GEOMETRY.find((x) => x.code === m.code)!;
      expect(fold(g.sourceName), m.code).toBe(fold(m.name));
      expect(geoContains(g.boundary, [g.longitude, g.latitude]), m.name).toBe(true);
      // The seed's municipalities lie in Noord- and Zuid-Holland.
      expect(g.latitude).toBeGreaterThan(51.7);
      expect(g.latitude).toBeLessThan(52.5);
    }
    const haarlem = MUNICIPALITY_GEOMETRY.find((g) => g.code === 'GM0392')!;
    expect(haarlem.bordersOn).toEqual(['GM0397']);
    expect(MUNICIPALITY_GEOMETRY.find((g) => g.code === 'GM0622')!.bordersOn).toEqual(['GM0556', 'GM0606']);
  });

  it('refuses a source without the municipalities of the seed, naming what is missing', () => {
    const topology = JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as Topology;
    expect(() => subset(topology, new Set(['GM0392', 'GM0363']))).toThrow('No boundary in the source for GM0363');
    expect(() => subset({ ...topology, objects: {} }, new Set(['GM0392']))).toThrow('has no object "gemeente_2025"');
    // A subset of the subset keeps exactly the arcs its rings use and draws the same boundary.
    const haarlem = geometries(subset(topology, new Set(['GM0392'])));
    expect(haarlem).toHaveLength(1);
    expect(haarlem[0]!.boundary).toEqual(MUNICIPALITY_GEOMETRY.find((g) => g.code === 'GM0392')!.boundary);
  });
});
