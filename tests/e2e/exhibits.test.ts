// Exhibits in three languages against the built site: lang and hreflang on every page, the language switch, the
// timeline by keyboard, the 回乡 village finder, and Pagefind finding an exhibit by its village's 繁體 name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { contexts, trackConsoleErrors } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { toHant } from '../../src/lib/i18n/convert.ts';
import type { Exhibit } from '../../src/schemas/exhibit.ts';

const tree = loadContentTree(resolve(process.env.CONTENT_ROOT ?? '.'));
const exhibits = tree.entries.filter((e) => e.collection === 'exhibits').map((e) => e.data as unknown as Exhibit);
const centers = tree.entries
  .filter((e) => e.collection === 'centers')
  .map((e) => e.data as { slug: string; summaryEn?: string });
const regionName = new Map(
  tree.entries.filter((e) => e.collection === 'regions').map((e) => [String(e.data.slug), String(e.data.name)]),
);
const langs = [
  { lang: 'zh-Hans', prefix: '' },
  { lang: 'zh-Hant', prefix: '/zh-hant' },
  { lang: 'en', prefix: '/en' },
] as const;

let phone: BrowserContext;

const site = useBuiltSite();
beforeAll(async () => {
  phone = await site.browser.newContext(contexts.phone);
});

const fetchPage = async (path: string) => {
  const response = await fetch(`${site.server.url}${path}`);
  return { status: response.status, html: await response.text() };
};
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('every exhibit in three languages', () => {
  it('has exhibits to test', () => {
    expect(exhibits.length).toBeGreaterThanOrEqual(8);
  });

  it.each(exhibits.map((e) => [e.slug]))(
    '%s: each language page declares its lang and lists all alternates',
    async (slug) => {
      for (const { lang, prefix } of langs) {
        const { status, html } = await fetchPage(`${prefix}/exhibits/${slug}/`);
        expect(status, `${prefix}/exhibits/${slug}/`).toBe(200);
        expect(/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1], `${prefix}/exhibits/${slug}/ <html lang>`).toBe(lang);
        const alternates = [...html.matchAll(/<link rel="alternate"[^>]*>/g)].map((m) => [
          attr(m[0], 'hreflang'),
          new URL(attr(m[0], 'href')!).pathname,
        ]);
        expect(Object.fromEntries(alternates)).toEqual({
          'zh-Hans': `/exhibits/${slug}/`,
          'zh-Hant': `/zh-hant/exhibits/${slug}/`,
          en: `/en/exhibits/${slug}/`,
          'x-default': `/exhibits/${slug}/`,
        });
        // Indexed for search, and every language's page links to the other two.
        expect(html).toContain('data-pagefind-body');
        for (const other of langs)
          if (other.lang !== lang)
            expect(html).toContain(`href="${other.prefix}/exhibits/${slug}/" hreflang="${other.lang}"`);
      }
    },
  );

  it.each(exhibits.map((e) => [e.slug, e]))(
    '%s: 繁體 title is converted once, English is labelled a translation',
    async (slug, exhibit) => {
      const hant = (await fetchPage(`/zh-hant/exhibits/${slug}/`)).html;
      expect(hant).toContain(`>${toHant(exhibit.title)}</h1>`);
      // OpenCC turns 鄰里 into 鄰裡 when it is run on text that is already 繁體: a sign of double conversion.
      expect(hant).not.toContain('鄰裡');
      const en = (await fetchPage(`/en/exhibits/${slug}/`)).html;
      expect(en).toContain('English translation of the Chinese original');
    },
  );
});

describe('Chinese inside English pages', () => {
  it('marks every run of Chinese characters with a zh lang attribute', async () => {
    const page = await phone.newPage();
    for (const exhibit of exhibits) {
      await page.goto(`${site.server.url}/en/exhibits/${exhibit.slug}/`);
      const unmarked = await page.evaluate(() => {
        const out: string[] = [];
        // The exhibit article and the page frame (header, footer); other features' boxes test their own text.
        for (const root of [
          document.querySelector('article.exhibit')!,
          document.querySelector('header')!,
          document.querySelector('footer')!,
        ]) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!/\p{Script=Han}/u.test(node.textContent ?? '') || node.parentElement?.closest('script, style'))
              continue;
            const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
            if (!lang.startsWith('zh')) out.push(node.textContent!.trim());
          }
        }
        return out;
      });
      expect(unmarked, exhibit.slug).toEqual([]);
    }
    await page.close();
  });
});

describe('the language switch', () => {
  it('takes a reader from 简体 to 繁體 to English and back, on the same exhibit', async () => {
    const page = await phone.newPage();
    const errors = trackConsoleErrors(page);
    const slug = exhibits[0]!.slug;
    await page.goto(`${site.server.url}/exhibits/${slug}/`);
    const steps = [
      { click: 'zh-Hant', path: `/zh-hant/exhibits/${slug}/`, lang: 'zh-Hant' },
      { click: 'en', path: `/en/exhibits/${slug}/`, lang: 'en' },
      { click: 'zh-Hans', path: `/exhibits/${slug}/`, lang: 'zh-Hans' },
    ];
    for (const step of steps) {
      await Promise.all([
        page.waitForURL(`**${step.path}`),
        page.locator(`[data-lang-switch] a[data-lang="${step.click}"]`).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe(step.path);
      expect(await page.locator('html').getAttribute('lang')).toBe(step.lang);
      expect(await page.locator('[data-lang-switch] li:has([aria-current="page"])').getAttribute('lang')).toBe(
        step.lang,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is on the English and 繁體 center pages too', async () => {
    const page = await phone.newPage();
    const slug = 'anhai-xian';
    // From the full 简体 center page to its English summary, and on to 繁體.
    await page.goto(`${site.server.url}/centers/${slug}/`);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(
      new RegExp(`/en/centers/${slug}/$`),
    );
    await Promise.all([
      page.waitForURL(`**/en/centers/${slug}/`),
      page.locator('[data-lang-switch] a[data-lang="en"]').click(),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await Promise.all([
      page.waitForURL(`**/zh-hant/centers/${slug}/`),
      page.locator('[data-lang-switch] a[data-lang="zh-Hant"]').click(),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    // The center's exhibits are linked in the reader's language.
    expect(await page.locator(`a[href="/zh-hant/exhibits/xian-cunshiguan/"]`).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('English and 繁體 center pages', () => {
  it.each(centers.map((c) => [c.slug, c]))(
    '%s: exists in both, with the English summary or a plain note that it is missing',
    async (slug, center) => {
      const en = await fetchPage(`/en/centers/${slug}/`);
      expect(en.status).toBe(200);
      expect(/<html[^>]*\slang="en"/.test(en.html)).toBe(true);
      expect(en.html.includes('data-summary-missing')).toBe(!center.summaryEn);
      const hant = await fetchPage(`/zh-hant/centers/${slug}/`);
      expect(hant.status).toBe(200);
      expect(/<html[^>]*\slang="zh-Hant"/.test(hant.html)).toBe(true);
    },
  );
});

describe('the timeline by keyboard', () => {
  it('is reached by Tab, in order, with a visible focus ring, and the contents link jumps to it', async () => {
    const exhibit = exhibits.find((e) => e.timeline.length >= 3)!;
    const page = await phone.newPage();
    await page.goto(`${site.server.url}/exhibits/${exhibit.slug}/`);
    const focused: { inTimeline: number; outline: string }[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const entries = [...document.querySelectorAll('#timeline ~ ol > li, ol.timeline > li')];
        const index = el ? entries.findIndex((li) => li.contains(el)) : -1;
        return {
          inTimeline: index,
          outline: el ? getComputedStyle(el).outlineStyle : 'none',
          isBody: el === document.body,
        };
      });
      if (info.isBody) break;
      // Stop once focus has passed the timeline: the rest of the page is not under test here.
      if (info.inTimeline < 0 && focused.some((f) => f.inTimeline >= 0)) break;
      focused.push(info);
    }
    const reached = focused.filter((f) => f.inTimeline >= 0);
    // Every entry is reached, in reading order, and the focused link shows a focus ring.
    expect(reached.map((f) => f.inTimeline)).toEqual(exhibit.timeline.map((_, i) => i));
    for (const f of reached) expect(f.outline).not.toBe('none');
    // The table of contents link to the timeline works from the keyboard.
    await page.locator('.exhibit__toc a[href="#timeline"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#timeline');
    const visible = await page.evaluate(() => {
      const r = document.getElementById('timeline')!.getBoundingClientRect();
      // Scroll offsets are whole pixels: a heading at a fractional offset (which one depends on the fonts) lands
      // up to half a pixel above the top edge.
      return r.top > -1 && r.top < window.innerHeight;
    });
    expect(visible).toBe(true);
    // Entries are <li> in an <ol>; printed dates are machine-readable.
    const dated = exhibit.timeline.filter((t) => t.date).map((t) => t.date);
    expect(
      await page.locator('ol.timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime'))),
    ).toEqual(dated);
    await page.close();
  });
});

describe('the 回乡 village finder', () => {
  it('finds a village typed in 繁體 on the 简体 page and says how many places it shows', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.server.url}/huixiang/`);
    const items = page.locator('[data-filter-keys]');
    const all = await items.count();
    expect(all).toBeGreaterThan(10);
    await page.locator('#village-filter').fill('曾林社區');
    await expect.poll(() => page.locator('[data-filter-keys]:visible').count()).toBe(1);
    expect(await page.locator('[data-filter-keys]:visible a').first().textContent()).toBe('曾林社区');
    expect(await page.locator('[data-filter-status]').textContent()).toContain('1');
    // A county name shows every place in it; pinyin works for English readers.
    await page.locator('#village-filter').fill('晋江');
    await expect.poll(() => page.locator('[data-filter-keys]:visible').count()).toBeGreaterThan(1);
    await page.locator('#village-filter').fill('zenglin');
    await expect.poll(() => page.locator('[data-filter-keys]:visible').count()).toBe(1);
    await page.locator('#village-filter').fill('');
    await expect.poll(() => page.locator('[data-filter-keys]:visible').count()).toBe(all);
    await page.close();
  });
});

describe('search in 繁體', () => {
  // A string, not a function: the test file is transformed by Vite, which would rewrite a dynamic import() inside it.
  // One page load and one Pagefind instance for all terms keeps this to about a second.
  const searchAll = (page: Page, terms: string[]): Promise<Record<string, string[]>> =>
    page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const out = {};
      for (const term of ${JSON.stringify(terms)}) {
        const found = await pf.search(term);
        const data = await Promise.all(found.results.map((r) => r.data()));
        out[term] = data.map((d) => new URL(d.url, location.origin).pathname);
      }
      return out;
    })()`);

  it('from a 繁體 page, each exhibit is found by its village name in 繁體', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.server.url}/zh-hant/exhibits/`);
    const villages = exhibits.map((e) => ({ slug: e.slug, village: toHant(regionName.get(e.region)!) }));
    expect(villages.map((v) => v.village)).toContain('曾林社區');
    const found = await searchAll(page, [...new Set(villages.map((v) => v.village))]);
    for (const { slug, village } of villages)
      expect(found[village], `${village} → ${slug}`).toContain(`/zh-hant/exhibits/${slug}/`);
    await page.close();
  });

  it('from the 简体 search page, a 繁體 name finds the 简体 exhibit, which links to its 繁體 page', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.server.url}/search/`);
    const found = await searchAll(page, ['曾林社區', '興新社區', '土筍凍']);
    expect(found['曾林社區']).toContain('/exhibits/zenglin-jiyiguan/');
    expect(found['興新社區']).toContain('/exhibits/xingxin-hongse-zhanting/');
    expect(found['土筍凍']).toContain('/exhibits/xian-tusundong/');
    await page.close();
  });
});
