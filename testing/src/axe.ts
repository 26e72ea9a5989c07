import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const axeSource = (): string => fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in the page and returns the serious and critical
 * violations, each with the selectors of the offending nodes so a failing test says where to look.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, not as an inline <script>: a page with a strict CSP
  // (script-src 'self', like the portal) would refuse the script tag.
  await page.evaluate(axeSource());
  const results = await page.evaluate(async () => {
    // Through globalThis: workspaces without the DOM library (api/) type-check this file too.
    const { axe, document } = globalThis as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> };
      document: unknown;
    };
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
