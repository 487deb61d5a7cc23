// The 长辈模式 switch: a real toggle button, remembered across pages, applied before the page is first drawn,
// and out of the way when JavaScript is off (where it could not work).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contexts } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { ELDER_KEY } from '../../src/lib/a11y-elder.ts';

const site = useBuiltSite();

const state = (page: Page) =>
  page.evaluate((key) => {
    const button = document.querySelector<HTMLButtonElement>('header button[data-elder-toggle]');
    return {
      elder: document.documentElement.classList.contains('elder'),
      pressed: button?.getAttribute('aria-pressed'),
      stored: localStorage.getItem(key),
      basePx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      /** What the <html> element's classes were when <body> first appeared: what the first paint used. */
      atBody: (window as unknown as { __atBody?: string }).__atBody,
    };
  }, ELDER_KEY);

describe('长辈模式 toggle', () => {
  it('switches on from the keyboard, is remembered on the next page before first paint, and switches off', async () => {
    const context = await site.browser.newContext(contexts.phone);
    // Records the classes on <html> at the moment <body> is inserted, before anything can be painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __atBody: string }).__atBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    expect(await state(page)).toMatchObject({ elder: false, pressed: 'false', stored: null, basePx: 18 });
    expect(await page.getByRole('button', { name: '长辈模式' }).count()).toBe(1);

    await page.getByRole('button', { name: '长辈模式' }).focus();
    await page.keyboard.press('Enter');
    expect(await state(page)).toMatchObject({ elder: true, pressed: 'true', stored: 'on' });
    expect((await state(page)).basePx).toBeGreaterThanOrEqual(20);

    await page.goto(`${site.server.url}/centers/`);
    const next = await state(page);
    expect(next).toMatchObject({ elder: true, pressed: 'true' });
    expect(next.atBody?.split(' ')).toContain('elder');

    await page.getByRole('button', { name: '长辈模式' }).focus();
    await page.keyboard.press('Space');
    expect(await state(page)).toMatchObject({ elder: false, pressed: 'false', stored: 'off' });
    await page.reload();
    expect(await state(page)).toMatchObject({ elder: false, pressed: 'false', basePx: 18 });
    await context.close();
  });

  it('another open tab follows the change', async () => {
    const context = await site.browser.newContext(contexts.desktop);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(`${site.server.url}/`);
    await b.goto(`${site.server.url}/about/`);
    await a.getByRole('button', { name: '长辈模式' }).click();
    await expect.poll(async () => (await state(b)).elder).toBe(true);
    expect((await state(b)).pressed).toBe('true');
    await context.close();
  });

  it('is hidden when JavaScript is off, where pressing it could do nothing', async () => {
    const context = await site.browser.newContext({ ...contexts.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    expect(await page.locator('header button[data-elder-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
