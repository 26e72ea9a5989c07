/**
 * `npm run build -w portal`: the production build into portal/dist, and the JavaScript budget of
 * the search page (≤ 200 KB gzipped on a first visit). Over the budget, the build fails.
 */
import { buildPortal, kb } from './build-lib.ts';

try {
  const report = await buildPortal();
  console.log(`portal: the search page loads ${kb(report.totalGzipBytes)} of JavaScript gzipped (budget ${kb(report.budgetBytes)}).`);
} catch (error) {
  console.error(`portal build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
