// axe-core (WCAG 2.2 AA) in real Chromium on one page of every type, in normal and 长辈模式, plus what axe
// cannot see: 360 px overflow, elder-mode text and target sizes, console errors, outside requests, CSP.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { contexts } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { samplePages } from '../../src/lib/a11y-pages.ts';
import { elderLabel, type ElderLang } from '../../src/lib/a11y-elder.ts';
import { tileOrigins } from '../../src/lib/csp.ts';
import {
  builtPages,
  formatViolation,
  layoutReport,
  modeContext,
  readableWithoutJs,
  runAxe,
  watchPage,
  type Mode,
} from '../../scripts/lib/a11y-browser.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const sample = samplePages(builtPages(dist));
const modes: Mode[] = ['normal', 'elder'];

const contextFor: Partial<Record<Mode, BrowserContext>> = {};
const site = useBuiltSite(dist);
beforeAll(async () => {
  for (const mode of modes) contextFor[mode] = await modeContext(site.browser, contexts.phone!, mode, true);
});

describe('the sample covers every page type', () => {
  it('has the home page, a center page, and one page per type', () => {
    const types = sample.map((s) => s.type);
    expect(types).toContain('/');
    expect(types).toContain('/centers/*/');
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('without JavaScript', () => {
  it('every sampled center page reads fully: heading, text and cite box are in the HTML', async () => {
    const centers = sample.filter((s) => s.type === '/centers/*/');
    expect(centers.length).toBeGreaterThan(0);
    for (const { url } of centers) {
      const result = await readableWithoutJs(site.browser, site.server.url, url);
      expect(result.ok, `${url}: ${result.detail}`).toBe(true);
    }
  });
});

// At phone width (360 px: mobile first, most residents read on phones), in both modes. `npm run audit` covers
// every page at phone and desktop width. Pages run side by side (vitest's maxConcurrency) in one browser.
for (const mode of modes) {
  describe.concurrent(`phone, ${mode === 'elder' ? '长辈模式' : 'normal mode'}`, () => {
    for (const { type, url } of sample) {
      it(`${type} (${url}): no axe violations; no sideways scroll, console error, outside request or CSP violation`, async () => {
        const page = await contextFor[mode]!.newPage();
        const watch = await watchPage(page, site.server.url, tileOrigins);
        const response = await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        const problems: string[] = [];
        if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
        const { violations } = await runAxe(page, mode, 'phone', url);
        const layout = await layoutReport(page, mode === 'elder' ? 44 : 0);
        if (layout.scrollWidth > 360)
          problems.push(
            `scrolls sideways at 360 px (scrollWidth ${layout.scrollWidth}): ${layout.overflowing.join('; ')}`,
          );
        if (
          !layout.toggle.found ||
          !layout.toggle.visible ||
          layout.toggle.name !== elderLabel[layout.lang as ElderLang]
        )
          problems.push(
            `no visible 长辈模式 button labelled in the page's language (${JSON.stringify(layout.toggle)})`,
          );
        if (layout.toggle.pressed !== String(mode === 'elder'))
          problems.push(`toggle aria-pressed=${layout.toggle.pressed} in ${mode} mode`);
        if (layout.elder !== (mode === 'elder')) problems.push(`html.elder is ${layout.elder} in ${mode} mode`);
        if (mode === 'elder' && layout.baseFontPx < 20)
          problems.push(`长辈模式 base font ${layout.baseFontPx}px < 20px`);
        if (mode === 'normal' && layout.baseFontPx < 18) problems.push(`base font ${layout.baseFontPx}px < 18px`);
        for (const t of layout.smallTargets) problems.push(`target smaller than 44×44 px in 长辈模式: ${t}`);
        for (const e of watch.consoleErrors) problems.push(`console error: ${e}`);
        for (const r of watch.foreignRequests) problems.push(`request to a third-party host: ${r}`);
        for (const c of await watch.cspViolations()) problems.push(`CSP violation: ${c}`);
        await page.close();
        expect([...violations.map(formatViolation), ...problems.map((p) => `${url} [phone, ${mode}] ${p}`)]).toEqual(
          [],
        );
      });
    }
  });
}

// Map markers sit where the map's size puts them, so the map page also runs at desktop width: there two markers
// once overlapped in 长辈模式 (axe target-size), which the phone run did not show.
describe('desktop width, the map page', () => {
  for (const mode of modes) {
    it(`/map/ in ${mode === 'elder' ? '长辈模式' : 'normal mode'}: no axe violations once the markers are drawn`, async () => {
      const context = await modeContext(site.browser, contexts.desktop!, mode, true);
      const page = await context.newPage();
      await page.goto(`${site.server.url}/map/`, { waitUntil: 'load' });
      await page.locator('[data-map][data-markers-ready]').waitFor();
      const { violations } = await runAxe(page, mode, 'desktop', '/map/');
      await context.close();
      expect(violations.map(formatViolation)).toEqual([]);
    });
  }
});
