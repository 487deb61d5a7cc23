// Footnote numbering shared by exhibit, center summary and 回乡 pages: first-cited order, every locator once.
import { describe, expect, it } from 'vitest';
import { numberedSources } from '../../src/lib/exhibits/numbered-sources.ts';
import { siteDataOf } from '../support/site-data.ts';

const data = siteDataOf();
const [a, b] = data.sources;

describe('numberedSources', () => {
  it('numbers sources in the order a page first cites them and lists each locator once, in cited order', () => {
    const { cite, sources } = numberedSources(data);
    const first = cite({ source: b!.slug, locator: '第二段' });
    expect(first).toEqual({ n: 1, source: b!.slug, locator: '第二段', anchor: 'source-1' });
    expect(cite({ source: a!.slug, locator: '标题' }).n).toBe(2);
    expect(cite({ source: b!.slug, locator: '第一段' }).anchor).toBe('source-1');
    cite({ source: b!.slug, locator: '第二段' });
    const printed = (s: typeof a) => ({ printedTitle: s!.title, printedPublisher: s!.publisher, date: s!.date });
    expect(sources()).toEqual([
      {
        n: 1,
        source: b!.slug,
        anchor: 'source-1',
        ...printed(b),
        href: `/sources/${b!.slug}/`,
        locators: ['第二段', '第一段'],
      },
      { n: 2, source: a!.slug, anchor: 'source-2', ...printed(a), href: `/sources/${a!.slug}/`, locators: ['标题'] },
    ]);
  });

  it('starts again at 1 for each page', () => {
    numberedSources(data).cite({ source: a!.slug, locator: 'x' });
    expect(numberedSources(data).cite({ source: b!.slug, locator: 'y' }).n).toBe(1);
  });

  it('names an unknown source', () => {
    const unknown = () => numberedSources(data).cite({ source: 'no-such-source', locator: 'x' });
    expect(unknown).toThrow("source 'no-such-source'");
  });
});
