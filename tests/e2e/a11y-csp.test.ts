// The Content-Security-Policy holds in Chromium: with the <meta> policy and the _headers policy both applied
// (as Netlify or Cloudflare Pages would serve them), search runs Pagefind's WebAssembly and the map draws,
// with no violation and no console error.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { contexts } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { headerOnlyDirectives, headersFor, parseHeadersFile, tileOrigins } from '../../src/lib/csp.ts';
import { watchPage } from '../../scripts/lib/a11y-browser.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

const site = useBuiltSite(dist);

/** A page whose responses carry the headers from dist/_headers, the way the static host adds them. */
async function hostedPage(): Promise<Page> {
  const context = await site.browser.newContext(contexts.phone);
  const page = await context.newPage();
  await page.route(`${site.server.url}/**`, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, path) } });
  });
  return page;
}

describe('_headers', () => {
  it('sends only what a <meta> policy cannot, and never loosens scripts or styles', () => {
    const all = headersFor(rules, '/centers/anping/');
    const policy = all['Content-Security-Policy'] ?? '';
    expect(policy.split(';').map((d) => d.trim())).toEqual(headerOnlyDirectives);
    expect(policy).not.toMatch(/script-src|style-src|unsafe/);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/_astro/x.js')['Cache-Control']).toMatch(/immutable/);
  });
  it('rejects a malformed file with the line number', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/line 1/);
  });
});

describe('the policy in a browser', () => {
  it('search runs Pagefind (WebAssembly) with no CSP violation', async () => {
    const page = await hostedPage();
    const watch = await watchPage(page, site.server.url, tileOrigins);
    const pagefind: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(new URL(r.url()).pathname));
    const response = await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('长者食堂')}`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // A result fragment is fetched only after the wasm index has answered the query.
    await expect.poll(() => pagefind.some((p) => p.includes('/fragment/')), { timeout: 30_000 }).toBe(true);
    expect(pagefind.some((p) => /wasm/.test(p))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('the map page draws with no CSP violation', async () => {
    const page = await hostedPage();
    const watch = await watchPage(page, site.server.url, tileOrigins);
    await page.goto(`${site.server.url}/map/`);
    await page.waitForLoadState('networkidle');
    // Leaflet marks its container once it has drawn; if the map feature is not there yet, the page still must be clean.
    const drawn = await page.locator('.leaflet-container').count();
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(drawn).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a blocked inline script is reported (the watch can see a violation)', async () => {
    const page = await hostedPage();
    const watch = await watchPage(page, site.server.url, tileOrigins);
    await page.goto(`${site.server.url}/centers/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(() => watch.cspViolations()).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.context().close();
  });
});
