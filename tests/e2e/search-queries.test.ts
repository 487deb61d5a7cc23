// Resident queries through the real search page in Chromium: type in the box, wait for the list, read it.
// The query table and why each center is expected: tests/fixtures/search-queries.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { trackConsoleErrors } from '../../scripts/lib/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { searchQueries, type SearchQueryCase } from '../fixtures/search-queries.ts';

let page: Page;
let errors: string[];

const site = useBuiltSite();
beforeAll(async () => {
  page = await site.browser.newPage();
  errors = trackConsoleErrors(page);
  await page.goto(`${site.server.url}/search/`);
});

const url = (target: string) => (target.startsWith('/') ? target : `/centers/${target}/`);

/** Types a query as an input method commits it, and waits until the page has rendered its answer. */
async function search(query: string) {
  await page.evaluate(() => {
    document.body.dataset['searchState'] = '';
  });
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').focus();
  await page.keyboard.insertText(query);
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset['searchState'] ?? ''), undefined, {
    timeout: 15_000,
  });
  return page.evaluate(() => ({
    state: document.body.dataset['searchState'],
    status: document.querySelector('#search-status')?.textContent ?? '',
    note: document.querySelector('#search-note')?.textContent ?? '',
    main: [...document.querySelectorAll<HTMLElement>('#search-hits li[data-url]')].map((li) => li.dataset['url']!),
    related: [...document.querySelectorAll<HTMLElement>('#search-related li[data-url]')].map(
      (li) => li.dataset['url']!,
    ),
    suggestions: [...document.querySelectorAll<HTMLAnchorElement>('#search-suggestions a')].map((a) =>
      a.getAttribute('href'),
    ),
    emptyShown: !(document.querySelector('#search-empty') as HTMLElement).hidden,
  }));
}

describe('resident queries', () => {
  it('has at least 25 of them', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(25);
  });

  it.each(searchQueries.map((c) => [c.query, c] as [string, SearchQueryCase]))('%s', async (_query, c) => {
    const r = await search(c.query);
    expect(r.state).toBe('done');
    expect(r.status).toContain(c.query);
    if (c.none) {
      expect(r.main).toEqual([]);
      expect(r.emptyShown).toBe(true);
      expect(r.suggestions).toEqual(expect.arrayContaining(['/services/', '/map/']));
      return;
    }
    const within = c.within ?? Math.min(5, c.expect.length);
    const top = r.main.slice(0, within);
    for (const target of c.expect)
      expect(top, `${c.query}: ${target} in the first ${within} of ${r.main.join(' ')}`).toContain(url(target));
    if (c.first) expect(r.main[0]).toBe(url(c.first));
    for (const target of c.notMain ?? [])
      expect(r.main, `${c.query}: ${target} is not a real match`).not.toContain(url(target));
    if (c.traditional) expect(r.note).toMatch(/转为简体/);
    else expect(r.note).toBe('');
  });

  it('logged no errors in the browser', () => {
    expect(errors).toEqual([]);
  });
});
