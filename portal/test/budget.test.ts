/** The JavaScript budget of the search page, measured on the real build (global setup builds it). */
import { expect, it } from 'vitest';
import { BUDGET_BYTES, DIST_DIR, measureBudget } from '../scripts/build-lib.ts';

it('counts the entry chunk and its static imports, not the lazily loaded pages, and holds the 200 KB budget', () => {
  const report = measureBudget(DIST_DIR);
  expect(report.budgetBytes).toBe(200 * 1024);
  expect(report.ok).toBe(true);
  expect(report.totalGzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(report.files.some((f) => /^assets\/index-.*\.js$/.test(f.file))).toBe(true);
  // Sign-in through Cognito and the offer page load only when used.
  expect(report.files.some((f) => /oidc|offer/.test(f.file))).toBe(false);
});

it('fails a build that goes over its budget', () => {
  const report = measureBudget(DIST_DIR, 10 * 1024);
  expect(report.ok).toBe(false);
});
