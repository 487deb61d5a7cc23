// The map page in real Chromium: every center is on the map and in the list, near-me works with and without permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { decodeMapData, type MapCenter, type MapDataFile } from '../../src/lib/map/codec.ts';
import { contexts, trackConsoleErrors, trackForeignRequests } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const contentRoot = resolve(process.env.CONTENT_ROOT ?? '.');
const file = JSON.parse(readFileSync(join(dist, 'map/centers.json'), 'utf8')) as MapDataFile;
const data = decodeMapData(file);
const located = data.centers.filter((c) => c.point);

/** Rough flat-earth metres, independent of the site's haversine, good to a fraction of a percent at these distances. */
const flatMeters = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const k = 111_195;
  return Math.hypot((a.lat - b.lat) * k, (a.lng - b.lng) * k * Math.cos((a.lat * Math.PI) / 180));
};

// The center farthest from any other, so a point 300 m from it has no rival.
const loneliest = (): MapCenter => {
  let best = located[0]!;
  let bestGap = -1;
  for (const c of located) {
    const gap = Math.min(...located.filter((o) => o !== c).map((o) => flatMeters(c.point!, o.point!)), Infinity);
    if (gap > bestGap) [best, bestGap] = [c, gap];
  }
  return best;
};

const site = useBuiltSite(dist);

async function openMap(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.server.url}/map/${query}`);
  await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
  await page.locator('[data-near-me][data-ready]').waitFor();
  return page;
}

describe('the map page', () => {
  // One desktop page for the three checks below: they read it, then use it by keyboard.
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  beforeAll(async () => {
    context = await site.browser.newContext(contexts.desktop);
    page = await context.newPage();
    foreign = trackForeignRequests(page, site.server.url);
    errors = trackConsoleErrors(page);
    await page.goto(`${site.server.url}/map/`);
    await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
  });
  afterAll(() => context?.close());

  it('puts every located center on the map (as markers or in cluster counts), and contacts no other host', async () => {
    const mapEl = page.locator('[data-map]');
    const tree = loadContentTree(contentRoot);
    const contentLocated = tree.entries.filter(
      (e) => e.collection === 'centers' && (e.data['location'] as { precision: string }).precision !== 'unknown',
    );
    expect(data.centers.length).toBe(tree.entries.filter((e) => e.collection === 'centers').length);
    expect(located.length).toBe(contentLocated.length);
    expect(Number(await mapEl.getAttribute('data-markers-ready'))).toBe(located.length);
    // The first view fits every center: the markers on screen (clusters count their members) add up to all of them.
    const counts = await mapEl
      .locator('.leaflet-marker-icon[data-count]')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['count'])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(located.length);
    // Every marker is keyboard-focusable and named.
    const unnamed = await mapEl
      .locator('.leaflet-marker-icon[data-count]')
      .evaluateAll(
        (els) => els.filter((e) => e.getAttribute('tabindex') !== '0' || !e.getAttribute('aria-label')).length,
      );
    expect(unnamed).toBe(0);
    // Approximate centers look different and say so.
    if (located.some((c) => !c.exact))
      expect(await page.locator('.map-marker-approx, .map-cluster-approx').count()).toBeGreaterThan(0);
    // No basemap configured: a note explains the plain background, a metric scale is shown, nothing is fetched from elsewhere.
    if (file.cfg.basemap.kind === 'none') {
      await expect.poll(() => page.locator('.map-note').textContent()).toContain('未加载底图');
      expect(await page.locator('.leaflet-control-scale-line').first().textContent()).toMatch(/\d+ k?m/);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('lists every center in the page itself, and a keyboard user can Tab to each one', async () => {
    // Sites past view.fullListMax list towns instead (each linking to its centers); this site must not be one.
    expect(await page.locator('[data-list-mode]').getAttribute('data-list-mode')).toBe('full');
    const listed = await page
      .locator('#all-centers ~ section a[href^="/centers/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(listed)).toEqual(new Set(data.centers.map((c) => `/centers/${c.slug}/`)));
    await page.locator('h1').focus();
    const reached = new Set<string>();
    const markersReached = new Set<string>();
    const limit = data.centers.length * 2 + 400;
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? {
              href: el.getAttribute('href'),
              label: el.getAttribute('aria-label'),
              marker: el.classList.contains('leaflet-marker-icon'),
              footer: !!el.closest('footer'),
            }
          : null;
      });
      if (!focused) continue;
      if (focused.href?.startsWith('/centers/')) reached.add(focused.href);
      if (focused.marker && focused.label) markersReached.add(focused.label);
      if (focused.footer) break;
    }
    expect([...data.centers.map((c) => `/centers/${c.slug}/`)].filter((h) => !reached.has(h))).toEqual([]);
    expect(markersReached.size).toBeGreaterThan(0);
  });

  it('opens a marker popup from the keyboard, closes it with Escape and returns focus to the marker', async () => {
    // /map/?center= zooms to a center and opens its popup: close it, then use that marker by keyboard only.
    const c = loneliest();
    await page.goto(`${site.server.url}/map/?center=${c.slug}`);
    await page.locator('[data-map][data-markers-ready]').waitFor();
    await page.locator('.leaflet-popup-close-button').click();
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    const marker = page.locator(`.leaflet-marker-icon[data-count="1"][title="${c.name.replace(/"/g, '\\"')}"]`);
    const label = await marker.getAttribute('aria-label');
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .map-popup a[href^="/centers/"]').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
  });
});

describe('a popup', () => {
  // The map's controls (zoom buttons, the no-basemap note, scale, credit) sit above popups, and how they wrap depends
  // on the reader's fonts and 长辈模式: a popup must still show whole, inside the map, with nothing over it.
  const bits = (mask: number) => mask.toString(2).replace(/0/g, '').length;
  const longest = located.reduce((a, b) => (bits(b.mask) > bits(a.mask) ? b : a));
  const cases = Object.keys(contexts).flatMap((name) => [false, true].map((elder) => [name, elder] as const));
  it.each(cases)('is not covered by the map controls and stays in the map (%s, 长辈模式 %s)', async (name, elder) => {
    const context = await site.browser.newContext(contexts[name]);
    if (elder) await context.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    const page = await context.newPage();
    for (const c of new Set([loneliest(), longest])) {
      await page.goto(`${site.server.url}/map/?center=${c.slug}`);
      await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
      await page.locator('.leaflet-popup .map-popup a[href^="/centers/"]').first().waitFor();
      await page.locator('[data-map]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      // Let the popup's pan settle: its position stops changing.
      let last = '';
      for (let i = 0; i < 30; i++) {
        await page.waitForTimeout(150);
        const now = JSON.stringify(await page.locator('.leaflet-popup').boundingBox());
        if (now === last) break;
        last = now;
      }
      const problems = await page.evaluate(() => {
        const mapBox = document.querySelector('[data-map]')!.getBoundingClientRect();
        const popup = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
        const found: string[] = [];
        const outside = popup.left < mapBox.left || popup.right > mapBox.right;
        if (outside || popup.top < mapBox.top || popup.bottom > mapBox.bottom) found.push('popup outside the map');
        // The close button's corners and middle, and the middle of each line of the title link, must be the element
        // itself, not a control over it.
        const check = (sel: string, points: (r: DOMRect) => number[][], rects: (el: Element) => DOMRect[]) => {
          const target = document.querySelector(sel)!;
          for (const r of rects(target))
            for (const [x, y] of points(r)) {
              const hit = document.elementFromPoint(x!, y!);
              if (hit && target.contains(hit)) continue;
              found.push(`${sel} at ${Math.round(x!)},${Math.round(y!)} is under ${hit?.className || hit?.tagName}`);
            }
        };
        const middle = (r: DOMRect) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const corners = (r: DOMRect) => [
          [r.left + 3, r.top + 3],
          [r.right - 3, r.top + 3],
          [r.left + 3, r.bottom - 3],
          [r.right - 3, r.bottom - 3],
          middle(r),
        ];
        check('.leaflet-popup-close-button', corners, (el) => [el.getBoundingClientRect()]);
        check(
          '.leaflet-popup .map-popup a[href^="/centers/"]',
          (r) => [middle(r)],
          (el) => [...el.getClientRects()],
        );
        return found;
      });
      expect(problems, c.slug).toEqual([]);
    }
    await context.close();
  });
});

/** The real content is small; this adds the flag the build writes past view.workerDataFrom centers to /map/. */
const flagLarge = (page: Page) =>
  page.route(`${site.server.url}/map/`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).not.toContain('data-map-large');
    await route.fulfill({ response, body: html.replace('data-map="full"', 'data-map="full" data-map-large') });
  });

describe('the first view', () => {
  it("shows the overview's markers before the full data is read, then replaces them with the real, focusable ones", async () => {
    const context = await site.browser.newContext(contexts.phone);
    const page = await context.newPage();
    const errors = trackConsoleErrors(page);
    // Hold the full data back until the overview has been checked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/map/centers.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.server.url}/map/`);
    const mapEl = page.locator('[data-map]');
    await page.locator('[data-map][data-markers-shown]').waitFor({ timeout: 30_000 });
    expect(Number(await mapEl.getAttribute('data-markers-shown'))).toBe(located.length);
    expect(await mapEl.getAttribute('data-markers-ready')).toBeNull();
    expect(await mapEl.getAttribute('aria-busy')).toBe('true');
    // Pictures only until the data is in: hidden from screen readers, not in the Tab order, same looks as the real ones.
    const preview = await mapEl.locator('.leaflet-marker-icon').evaluateAll((els) =>
      els.map((e) => ({
        hidden: e.getAttribute('aria-hidden'),
        tab: e.getAttribute('tabindex'),
        count: Number(e.querySelector('.map-count')?.textContent ?? 1),
        approx: e.classList.contains('map-marker-approx') || e.classList.contains('map-cluster-approx'),
      })),
    );
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.filter((m) => m.hidden !== 'true' || m.tab !== null)).toEqual([]);
    expect(preview.reduce((n, m) => n + m.count, 0)).toBe(located.length);
    if (located.some((c) => !c.exact)) expect(preview.some((m) => m.approx)).toBe(true);

    release();
    await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
    expect(await mapEl.getAttribute('aria-busy')).toBeNull();
    expect(await mapEl.locator('.leaflet-marker-icon[aria-hidden="true"]').count()).toBe(0);
    const counts = await mapEl
      .locator('.leaflet-marker-icon[data-count]')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['count'])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(located.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the data in a worker when the page says the site is large, and on the main thread when it is small', async () => {
    const run = async (large: boolean) => {
      const context = await site.browser.newContext(contexts.phone);
      const page = await context.newPage();
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      if (large) await flagLarge(page);
      await page.goto(`${site.server.url}/map/`);
      await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
      const markers = Number(await page.locator('[data-map]').getAttribute('data-markers-ready'));
      await context.close();
      return { workers, markers };
    };
    const large = await run(true);
    expect(large.workers.some((u) => u.includes('data-worker'))).toBe(true);
    expect(large.markers).toBe(located.length);
    const small = await run(false);
    expect(small.workers).toEqual([]);
    expect(small.markers).toBe(located.length);
  });

  it('still draws every center from the full data when the overview file is missing and there are no workers', async () => {
    const context = await site.browser.newContext(contexts.desktop);
    const page = await context.newPage();
    await page.route('**/map/overview.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    // A large site's page, in a browser without workers: the data file is then fetched on the main thread.
    await flagLarge(page);
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await page.goto(`${site.server.url}/map/`);
    const mapEl = page.locator('[data-map]');
    await page.locator('[data-map][data-markers-ready]').waitFor({ timeout: 30_000 });
    expect(Number(await mapEl.getAttribute('data-markers-shown'))).toBe(located.length);
    const counts = await mapEl
      .locator('.leaflet-marker-icon[data-count]')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['count'])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(located.length);
    expect(await mapEl.getAttribute('data-map-error')).toBeNull();
    await context.close();
  });
});

describe('near me', () => {
  it('with a mocked position returns the nearest center first, with its walking time', async () => {
    const target = loneliest();
    // 300 m due north: 300 / (3.2 km/h = 53.3 m/min) = 5.6 → "步行约 6 分钟" at the configured speed.
    const position = { latitude: target.point!.lat + 300 / 111_195, longitude: target.point!.lng };
    const expectedMinutes = Math.max(1, Math.round(300 / ((file.cfg.walkingSpeedKmh * 1000) / 60)));
    const context = await site.browser.newContext({
      ...contexts.phone,
      geolocation: position,
      permissions: ['geolocation'],
    });
    const page = await openMap(context);
    await page.getByRole('button', { name: '使用我的位置' }).click();
    const first = page.locator('.near-results > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-center')).toBe(target.slug);
    expect(await first.locator('.near-distance').textContent()).toContain(`步行约 ${expectedMinutes} 分钟`);
    expect(await first.locator('.near-distance').textContent()).toContain('约 300 米');
    const verdict = await first.locator('.near-in, .near-out, .near-unknown').textContent();
    expect(verdict).toContain(target.exact ? '在步行 15 分钟范围内' : '位置不精确，无法判断');
    expect(await page.locator('[data-status]').textContent()).toContain('您的位置');
    // The chosen point is marked on the map.
    expect(await page.locator('.map-origin').count()).toBe(1);
    await context.close();
  });

  it('explains a denied permission, then works by choosing a place, and filters by service', async () => {
    const context = await site.browser.newContext({ ...contexts.phone, permissions: [] });
    const page = await openMap(context);
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await expect
      .poll(() => page.locator('[data-alert]').textContent(), { timeout: 10_000 })
      .toContain('没有获得位置权限');
    expect(await page.locator('.near-results').count()).toBe(0);

    // Pick the region of a center: that center (or one sharing its point) must come first, 0 m away.
    const target = located.find((c) => data.places[c.place]?.point) ?? located[0]!;
    const place = data.places[target.place]!;
    await page.locator('[data-place]').selectOption(place.slug);
    const first = page.locator('.near-results > li').first();
    await first.waitFor();
    expect(await page.locator('[data-alert]').textContent()).toBe('');
    const firstCenter = data.centerBySlug.get((await first.getAttribute('data-center'))!)!;
    expect(flatMeters(firstCenter.point!, place.point!)).toBeLessThanOrEqual(
      flatMeters(target.point!, place.point!) + 1,
    );

    // Filter by the most common category: every listed center must offer it.
    const bit = file.cats
      .map((_, i) => i)
      .sort(
        (a, b) =>
          data.centers.filter((c) => c.mask & (1 << b)).length - data.centers.filter((c) => c.mask & (1 << a)).length,
      )[0]!;
    await page.locator('[data-category]').selectOption(file.cats[bit]!);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('只看提供');
    const slugs = await page
      .locator('.near-results > li')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['center']!));
    expect(slugs.length).toBeGreaterThan(0);
    for (const s of slugs) expect(data.centerBySlug.get(s)!.mask & (1 << bit), s).not.toBe(0);
    await context.close();
  });
});

describe('without JavaScript, and on pages without a map', () => {
  it('keeps the center page readable: a short note instead of an empty map box, navigation links that work', async () => {
    const context = await site.browser.newContext({ ...contexts.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    const c = located[0]!;
    await page.goto(`${site.server.url}/centers/${c.slug}/`);
    const box = page.locator('[data-map]');
    expect(await box.locator('.map-fallback').textContent()).toContain('JavaScript');
    expect((await box.boundingBox())!.height).toBeLessThan(150);
    const links = page.locator('[data-nav-links] a');
    expect(await links.count()).toBe(4);
    expect(await page.locator('[data-nav-links]').textContent()).toContain(
      c.precision === 'point' ? '导航到这里' : '（近似）',
    );
    // The /map/ page lists every center without JavaScript.
    await page.goto(`${site.server.url}/map/`);
    expect(await page.locator('#all-centers ~ section a[href^="/centers/"]').count()).toBe(data.centers.length);
    await context.close();
  });

  it('loads the map script only on pages that have a map', () => {
    const pages = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        n === 'pagefind'
          ? []
          : statSync(join(dir, n)).isDirectory()
            ? pages(join(dir, n))
            : n.endsWith('.html')
              ? [join(dir, n)]
              : [],
      );
    const mapScript = /<script[^>]+src="\/_astro\/(?:FullMap|MiniMap)\.astro[^"]*\.js"/;
    const mismatched = pages(dist).filter((f) => {
      const html = readFileSync(f, 'utf8');
      return mapScript.test(html) !== html.includes('data-map=');
    });
    expect(mismatched.map((f) => f.slice(dist.length))).toEqual([]);
    expect(readFileSync(join(dist, 'map/index.html'), 'utf8')).toMatch(mapScript);
  });

  it("keeps Leaflet and the cluster code out of a center page's first load (they come when its small map nears the screen)", () => {
    // The module scripts a page runs at once: its entries and what they import statically (not import()).
    const staticGraph = (html: string) => {
      const seen = new Set<string>();
      const visit = (path: string) => {
        if (seen.has(path)) return;
        seen.add(path);
        const code = readFileSync(join(dist, path), 'utf8');
        for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g))
          visit(join('/_astro', m[1]!.replace(/^\.\//, '')));
      };
      for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) visit(m[1]!);
      return [...seen];
    };
    const centerHtml = readFileSync(join(dist, `centers/${located[0]!.slug}/index.html`), 'utf8');
    const eager = staticGraph(centerHtml);
    expect(eager.length).toBeGreaterThan(0);
    const code = eager.map((p) => readFileSync(join(dist, p), 'utf8')).join('\n');
    expect(code).not.toContain('Map container is already initialized'); // Leaflet
    expect(code).not.toContain('getClusterExpansionZoom'); // supercluster
    // And the check can see them: /map/ bundles both into its first load.
    const mapCode = staticGraph(readFileSync(join(dist, 'map/index.html'), 'utf8'))
      .map((p) => readFileSync(join(dist, p), 'utf8'))
      .join('\n');
    expect(mapCode).toContain('Map container is already initialized');
    expect(mapCode).toContain('getClusterExpansionZoom');
  });
});
