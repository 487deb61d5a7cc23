// The search page and service directory in Chromium: GET URLs, filters, lazy 繁→简, the no-JavaScript path,
// the calendar feed, and what Pagefind indexes (no words glued across elements).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { trackConsoleErrors } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
let page: Page;

const site = useBuiltSite(dist);
beforeAll(async () => {
  page = await site.browser.newPage();
});

const done = () =>
  page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset['searchState'] ?? ''), undefined, {
    timeout: 15_000,
  });
const mainUrls = () =>
  page.$$eval('#search-hits li[data-url]', (lis) => lis.map((li) => (li as HTMLElement).dataset['url']));

describe('the search page', () => {
  it('answers a GET /search/?q=… link, with the count in a live region and results in a list', async () => {
    const errors = trackConsoleErrors(page);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('长者食堂')}`);
    await done();
    expect(await page.inputValue('#search-q')).toBe('长者食堂');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/找到 \d+ 个结果/);
    const first = page.locator('#search-hits ol > li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^\/centers\//);
    expect(await first.locator('.search-hit__service').textContent()).toContain('长者食堂');
    expect(await first.locator('mark').first().textContent()).toBe('长者食堂');
    expect(await page.getAttribute('#search-form', 'method')).toBe('get');
    expect(await page.getAttribute('#search-form', 'action')).toBe('/search/');
    expect(errors).toEqual([]);
  });

  it('filters by category without a query, every center checked one by one', async () => {
    await page.goto(`${site.server.url}/search/?category=childcare`);
    await done();
    const urls = await mainUrls();
    expect(urls.length).toBeGreaterThan(0);
    expect(await page.locator('select[name=category]').inputValue()).toBe('childcare');
    // Each listed center's page shows a service in 托育与托管.
    for (const url of urls.slice(0, 3)) {
      const html = await (await fetch(`${site.server.url}${url}`)).text();
      expect(html, url).toContain('/services/childcare/');
    }
  });

  it('narrows results when a filter is ticked and keeps it in the URL', async () => {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('服务')}`);
    await done();
    const before = await mainUrls();
    await page.evaluate(() => {
      document.body.dataset['searchState'] = '';
      (document.querySelector('#search-filters') as HTMLDetailsElement).open = true;
    });
    await page.locator('select[name=county]').selectOption('quangang');
    await done();
    const after = await mainUrls();
    expect(page.url()).toContain('county=quangang');
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    for (const url of after) expect(url).toMatch(/^\/(centers|regions)\//);
    // The town list follows the county: other counties' towns are hidden.
    const visibleGroups = await page.$$eval('#search-town optgroup', (gs) =>
      gs.filter((g) => !(g as HTMLOptGroupElement).hidden).map((g) => g.getAttribute('data-county')),
    );
    expect(visibleGroups).toEqual(['quangang']);
  });

  it('loads the 繁→简 converter only for a query with traditional characters', async () => {
    const fresh = await site.browser.newPage();
    const scripts: string[] = [];
    fresh.on('request', (r) => {
      if (r.url().includes('/_astro/')) scripts.push(r.url());
    });
    await fresh.goto(`${site.server.url}/search/?q=${encodeURIComponent('长者食堂')}`);
    await fresh.waitForFunction(() => document.body.dataset['searchState'] === 'done');
    // The chunk of src/lib/search/hant.ts, named after its module.
    const converter = (list: string[]) => list.filter((u) => /\/_astro\/hant\.[\w-]+\.js$/.test(u));
    expect(converter(scripts)).toEqual([]);
    await fresh.evaluate(() => {
      document.body.dataset['searchState'] = '';
    });
    await fresh.locator('#search-q').fill('長者食堂');
    await fresh.waitForFunction(() => document.body.dataset['searchState'] === 'done');
    expect(converter(scripts)).toHaveLength(1);
    expect(await fresh.textContent('#search-note')).toContain('长者食堂');
    expect(await fresh.$$eval('#search-hits li[data-url]', (lis) => lis.length)).toBeGreaterThan(0);
    await fresh.close();
  });

  it('shows the directory and near-me instead of a blank page when nothing matches', async () => {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('火星基地')}`);
    await done();
    expect(await page.isVisible('#search-empty')).toBe(true);
    const links = await page.$$eval('#search-suggestions a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/services/', '/map/']));
  });

  it('documents the synonyms it uses', async () => {
    await page.goto(`${site.server.url}/search/`);
    const help = page.locator('#search-help');
    expect(await help.locator('summary').textContent()).toBe('搜索说明');
    expect(await help.locator('table').textContent()).toContain('饭堂');
  });
});

describe('without JavaScript', () => {
  it('the search page points to the directory, and the directory lists centers by region with counts', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.server.url}/search/`);
    expect(await p.locator('noscript').count()).toBe(1);
    await p.goto(`${site.server.url}/services/`);
    const canteen = p.locator('a[href="/services/canteen/"]').first();
    expect(await canteen.textContent()).toMatch(/长者食堂与助餐\s*\d+ 个中心/);
    await p.goto(`${site.server.url}/services/canteen/`);
    const centers = await p.$$eval('main li a[href^="/centers/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(centers).toEqual(expect.arrayContaining(['/centers/anhai-ximen/#services', '/centers/zenglin/#services']));
    expect(await p.textContent('main h1')).toBe('长者食堂与助餐');
    expect(await p.textContent('main')).toMatch(/共有\s*2\s*个邻里中心/);
    expect(await p.locator('main h2 a[href="/regions/jinjiang/"]').count()).toBe(1);
    await p.goto(`${site.server.url}/services/for/elderly/`);
    expect(await p.$$eval('main li a[href^="/centers/"]', (as) => as.length)).toBeGreaterThan(2);
    await context.close();
  });

  it('the events page lists activities with sources, and the calendar feed is RFC 5545 text', async () => {
    const res = await fetch(`${site.server.url}/events.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    await page.goto(`${site.server.url}/events/`);
    expect(await page.locator('a[href="/events.ics"]').count()).toBe(1);
    expect(await page.locator('main li a.source-ref').count()).toBeGreaterThan(5);
  });
});

describe('what Pagefind indexes', () => {
  it('has no words glued across elements (two characters adjacent in the index but apart on screen)', async () => {
    const dir = join(dist, 'pagefind/fragment');
    const fragments = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .subarray(12)
            .toString()
            .replace(/\u200b/g, ''),
        ) as { url: string; content: string },
    );
    // One page of each kind keeps this quick: digest, region, exhibit, 繁體 summary.
    const sample = ['/search/digest/', '/regions/', '/exhibits/', '/zh-hant/'].flatMap((prefix) =>
      fragments.filter((f) => f.url.startsWith(prefix)).slice(0, 3),
    );
    expect(sample.length).toBeGreaterThanOrEqual(8);
    const han = /[\p{Script=Han}\d]/u;
    const glued: string[] = [];
    for (const f of sample) {
      await page.goto(`${site.server.url}${f.url}`);
      const shown = await page.evaluate(
        () => (document.querySelector('[data-pagefind-body]') as HTMLElement | null)?.innerText ?? '',
      );
      const chars = [...f.content];
      for (let i = 0; i + 1 < chars.length; i++) {
        const [a, b] = [chars[i]!, chars[i + 1]!];
        if (han.test(a) && han.test(b) && !shown.includes(a + b) && new RegExp(`${a}\\s+${b}`).test(shown))
          glued.push(`${f.url}: ${chars.slice(Math.max(0, i - 4), i + 6).join('')}`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('indexes centers through digest pages, not one page each', () => {
    const html = readFileSync(join(dist, 'centers/anping/index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
    const digest = readFileSync(join(dist, 'search/digest/anhai/index.html'), 'utf8');
    expect(digest).toContain('data-pagefind-body');
    expect(digest).toContain('href="/centers/anping/"');
  });
});
