/**
 * The layers of api/src hold: no import cycles (type-only imports included), `domain/` imports
 * nothing of ours above it, `sources/` never reaches into `modules/`, and nothing the Lambda ships
 * imports the seed or the tests. dependency-cruiser reads the real import graph.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const forbidden: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'domain-is-the-bottom',
    severity: 'error',
    from: { path: '^src/domain/' },
    to: { path: '^src/', pathNot: '^src/domain/' },
  },
  { name: 'sources-below-modules', severity: 'error', from: { path: '^src/sources/' }, to: { path: '^src/(modules|shared|sync)/' } },
  { name: 'shared-below-modules', severity: 'error', from: { path: '^src/shared/' }, to: { path: '^src/modules/' } },
  // The DUO CLI may read the sample; nothing that serves requests may.
  { name: 'no-seed-or-tests-in-src', severity: 'error', from: { path: '^src/', pathNot: '^src/cli/' }, to: { path: '^(seed|test)/' } },
];

describe('import graph of api/src', () => {
  it('has no cycles and keeps its layers', async () => {
    const cwd = process.cwd();
    process.chdir(apiDir);
    let result: ICruiseResult;
    try {
      const reported = await cruise(
        ['src'],
        {
          validate: true,
          ruleSet: { forbidden },
          tsPreCompilationDeps: true,
          doNotFollow: { path: 'node_modules' },
          exclude: { path: '^src/generated/type-defs\\.ts$' },
        },
        {},
        { tsConfig: { fileName: 'tsconfig.json' } },
      );
      result = reported.output as ICruiseResult;
    } finally {
      process.chdir(cwd);
    }
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    const violations = result.summary.violations.map((v) =>
      v.cycle?.length ? `${v.rule.name}: ${v.cycle.map((c) => c.name).join(' -> ')}` : `${v.rule.name}: ${v.from} -> ${v.to}`,
    );
    expect(violations).toEqual([]);
  });
});
