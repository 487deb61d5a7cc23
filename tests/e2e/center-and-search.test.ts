// Opens a built center page and runs a search in real Chromium: the site works end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, trackConsoleErrors } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a center page in a real browser', () => {
  it('shows the center, its five-star rating and a source link that resolves', async () => {
    const page = await browser.newPage();
    const errors = trackConsoleErrors(page);
    const response = await page.goto(`${server.url}/centers/anping/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain('安平社区');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await expect.poll(() => page.locator('#ratings + ul').textContent()).toContain('5星级');
    const sourceHref = await page.locator('a.source-ref').first().getAttribute('href');
    const sourcePage = await page.goto(`${server.url}${sourceHref}`);
    expect(sourcePage?.status()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search in a real browser', () => {
  it('finds 安平社区 when a resident searches for 卫生健康服务站', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('卫生健康服务站')}`);
    const firstResult = page.locator('[data-search-results] a').first();
    await firstResult.waitFor({ timeout: 20_000 });
    // 曾林社区 has a 卫生健康服务站 too, so 安平社区 need not be first; both are exact matches on the first page.
    expect(await page.locator('[data-search-results] h3 a').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('安平社区')]));
    await page.close();
  });
});
