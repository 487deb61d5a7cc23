// Opens a built center page and runs a search in real Chromium: the site works end to end.
import { describe, expect, it } from 'vitest';
import { trackConsoleErrors } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('a center page in a real browser', () => {
  it('shows the center, its five-star rating and a source link that resolves', async () => {
    const page = await site.browser.newPage();
    const errors = trackConsoleErrors(page);
    const response = await page.goto(`${site.server.url}/centers/anping/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain('安平社区');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await expect.poll(() => page.locator('#ratings + ul').textContent()).toContain('5星级');
    const sourceHref = await page.locator('a.source-ref').first().getAttribute('href');
    const sourcePage = await page.goto(`${site.server.url}${sourceHref}`);
    expect(sourcePage?.status()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search in a real browser', () => {
  it('finds 安平社区 when a resident searches for 卫生健康服务站', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('卫生健康服务站')}`);
    const firstResult = page.locator('[data-search-results] a').first();
    await firstResult.waitFor({ timeout: 20_000 });
    // 曾林社区 has a 卫生健康服务站 too, so 安平社区 need not be first; both are exact matches on the first page.
    expect(await page.locator('[data-search-results] h3 a').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('安平社区')]),
    );
    await page.close();
  });
});
