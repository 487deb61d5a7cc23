// The built site in a real browser: dist/ served on a local port and one Chromium for a test file, opened before
// its tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface BuiltSite {
  /** Set once the file's beforeAll has run. */
  server: StaticServer;
  browser: Browser;
}

/** Serves `dist` (default: the project's dist/) and launches Chromium for the calling test file. */
export function useBuiltSite(dist?: string): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
