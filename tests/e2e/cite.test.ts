// In Chromium: the copy button puts the GB/T citation on the clipboard, a footnote leads to its locator in one
// click, the cite box works without JavaScript, and the notice-board sheet prints on one A4 page.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { trackConsoleErrors, trackForeignRequests } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { apa7, gbt7714, type CitablePage } from '../../src/lib/citations/citation.ts';

const site = useBuiltSite();

const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** What the anping page should cite: the update date comes from the same build's CSL-JSON file, the access date is today. */
async function expectedAnping(context: BrowserContext): Promise<CitablePage> {
  const response = await context.request.get(`${site.server.url}/centers/anping/cite.json`);
  const [csl] = (await response.json()) as { title: string; URL: string; issued?: { 'date-parts': number[][] } }[];
  const issued = csl!.issued?.['date-parts'][0];
  return {
    key: 'centers/anping',
    title: '安平社区"党建+"邻里中心',
    url: 'https://linli-ditu.example.org/centers/anping/',
    updated: issued ? issued.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-') : undefined,
    accessed: chinaToday(),
    language: 'zh-Hans',
  };
}

describe('cite this page', () => {
  it('copies the GB/T 7714 citation to the clipboard and says so in a live region', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    const errors = trackConsoleErrors(page);
    const foreign = trackForeignRequests(page, site.server.url);
    await page.goto(`${site.server.url}/centers/anping/`);
    const box = page.locator('[data-cite-box]');
    const gbtButton = box.getByRole('button', { name: '复制' }).first();
    await gbtButton.click();
    const status = box.locator('[data-copy-status]');
    // Generous timeouts: a loaded two-core CI machine can take seconds to run the click handler.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('已复制');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const expected = await expectedAnping(context);
    expect(clipboard).toBe(gbt7714(expected));
    expect(clipboard).toMatch(/^邻里地图\. 安平社区"党建\+"邻里中心\[EB\/OL\]\. /);

    // The APA button works from the keyboard too.
    await box.getByRole('button', { name: '复制' }).nth(1).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 })
      .toBe(apa7(expected));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('APA');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows selectable citation text and the permanent URL without JavaScript, and no dead copy button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/centers/anping/`);
    const box = page.locator('[data-cite-box]');
    expect(await box.locator('[data-cite-format="gbt"]').textContent()).toContain('[EB/OL]');
    expect(await box.locator('[data-permalink]').textContent()).toBe('https://linli-ditu.example.org/centers/anping/');
    expect(await box.getByRole('button').count()).toBe(0);
    await context.close();
  });
});

describe('from a figure to its source in one click', () => {
  it('a footnote in the facts table opens the source page at the passage, showing the locator, with a link back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/centers/anping/`);
    const row = page.locator('section[aria-labelledby="facts-heading"] tbody tr').first();
    const rowId = await row.getAttribute('id');
    expect(rowId).toMatch(/^fact-/);
    const footnote = row.locator('a.source-ref');
    const locator = await footnote.getAttribute('data-locator');
    await footnote.click();
    await page.waitForURL(/\/sources\/[^/]+\/#loc-/);
    const target = page.locator(':target');
    await expect.poll(() => target.locator('[data-locator]').textContent(), { timeout: 15_000 }).toBe(locator);
    expect(await target.isVisible()).toBe(true);
    const back = target.locator(`a[href="/centers/anping/#${rowId}"]`);
    expect(await back.count()).toBe(1);
    await back.click();
    await page.waitForURL(new RegExp(`/centers/anping/#${rowId}$`));
    expect(await page.locator(':target').getAttribute('id')).toBe(rowId);
    await page.close();
  });
});

describe('printing', () => {
  it('the notice-board sheet fits one A4 page and carries the QR code and the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/centers/anping/print/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.qr-code').count()).toBe(1);
    expect(await page.locator('body > header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });

  it('a printed center page hides navigation and buttons and shows the URL and QR code', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/centers/anping/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="主导航"]').isVisible()).toBe(false);
    expect(await page.locator('[data-cite-box] button').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only svg.qr-code').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only svg.qr-code').isVisible()).toBe(false);
    await page.close();
  });
});
