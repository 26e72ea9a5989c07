export { launchBrowser } from './browser.ts';
export { seriousViolations, type AxeViolation } from './axe.ts';
export type { Browser, BrowserContext, Page } from 'playwright-core';
