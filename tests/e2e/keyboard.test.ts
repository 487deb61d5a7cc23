// Keyboard only (Tab, Enter and typing; no mouse, no clicks): home → search → center → cite, and
// home → map list → center. Every stop on the way must show where the focus is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contexts } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

let context: BrowserContext;
const site = useBuiltSite();
beforeAll(async () => {
  context = await site.browser.newContext({ ...contexts.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
});

interface Focused {
  tag: string;
  href: string | null;
  id: string;
  text: string;
  /** Inside which landmark or box: lets a walk say "a center link in the list, not on the map". */
  inside: { cite: boolean; map: boolean; results: boolean; main: boolean };
  /** A visible focus indicator: an outline or a box-shadow ring. */
  indicator: boolean;
}

const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 40),
      inside: {
        cite: !!el.closest('#cite'),
        map: !!el.closest('.leaflet-container, [data-map]'),
        results: !!el.closest('[data-search-results]'),
        main: !!el.closest('main'),
      },
      indicator:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
        (style.boxShadow !== 'none' && style.boxShadow !== ''),
    };
  });

/** Presses Tab until `wanted` holds for the focused element (at most `max` presses); returns it and every stop. */
async function tabUntil(
  page: Page,
  what: string,
  wanted: (f: Focused) => boolean,
  max = 120,
): Promise<{ target: Focused; stops: Focused[] }> {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    stops.push(f);
    if (wanted(f)) return { target: f, stops };
  }
  throw new Error(
    `${what}: not reached in ${max} Tab presses on ${page.url()}; focus went through: ${stops.map((s) => s.href ?? `${s.tag}#${s.id}`).join(' → ')}`,
  );
}

const noIndicator = (stops: Focused[]) =>
  stops.filter((s) => !s.indicator).map((s) => `${s.tag} ${s.href ?? s.id} "${s.text}"`);
const centerLink = /^\/centers\/[^/]+\/(#.*)?$/;

describe('keyboard only', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.href).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('home → search → center → cite: copies the citation', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    const toBox = await tabUntil(page, 'the home search box', (f) => f.tag === 'input' && f.inside.main);
    await page.keyboard.type('安平');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '安平');
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
    const toResult = await tabUntil(
      page,
      'a center in the search results',
      (f) => f.inside.results && centerLink.test(f.href ?? ''),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => centerLink.test(url.pathname));
    expect(new URL(page.url()).pathname).toBe(toResult.target.href!.split('#')[0]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    // The cite box (CiteBox.astro, id="cite") with its copy buttons; a center page without it fails here.
    expect(await page.locator('#cite').count(), 'center page has no #cite box').toBe(1);
    const toCopy = await tabUntil(page, 'the copy button in the cite box', (f) => f.inside.cite && f.tag === 'button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#cite [role="status"]').textContent()).not.toBe('');
    expect(noIndicator([...toBox.stops, ...toResult.stops, ...toCopy.stops])).toEqual([]);
    await page.close();
  });

  it('home → map list → center, without going through the map', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    const toMap = await tabUntil(page, 'a link to the map page', (f) => f.href === '/map/');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/map/');
    const toCenter = await tabUntil(
      page,
      'a center in the list under the map',
      (f) => f.inside.main && !f.inside.map && centerLink.test(f.href ?? ''),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => centerLink.test(url.pathname));
    expect(new URL(page.url()).pathname).toBe(toCenter.target.href!.split('#')[0]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(noIndicator([...toMap.stops, ...toCenter.stops])).toEqual([]);
    await page.close();
  });
});
