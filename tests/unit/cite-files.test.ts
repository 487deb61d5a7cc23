// Citation files written after the build: from what pages registered, or from the content tree when none did.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { citationsFromContent, writeCiteFiles } from '../../src/integrations/cite-files.ts';
import { bibtex, cslJson, ris } from '../../src/lib/citations/citation.ts';
import { registerCitation, takeRegisteredCitations } from '../../src/lib/citations/registry.ts';

const out = mkdtempSync(join(tmpdir(), 'cite-files-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('cite files', () => {
  it('writes the three formats next to the page, with the registered citation', () => {
    const page = {
      key: 'centers/anping',
      title: '安平社区"党建+"邻里中心',
      url: 'https://linli-ditu.example.org/centers/anping/',
      updated: '2026-11-23',
      accessed: '2026-11-24',
      language: 'zh-Hans',
    };
    registerCitation('/centers/anping/', page);
    registerCitation('/centers/anping/', page);
    const pages = takeRegisteredCitations();
    expect(pages).toHaveLength(1);
    expect(takeRegisteredCitations()).toEqual([]);
    expect(writeCiteFiles(out, pages)).toBe(3);
    expect(readFileSync(join(out, 'centers/anping/cite.bib'), 'utf8')).toBe(bibtex(page));
    expect(readFileSync(join(out, 'centers/anping/cite.ris'), 'utf8')).toBe(ris(page));
    expect(JSON.parse(readFileSync(join(out, 'centers/anping/cite.json'), 'utf8'))).toEqual(cslJson(page));
  });

  it('falls back to one citation per center, region and exhibit read from the content tree', () => {
    const tree = loadContentTree(resolve('.'));
    const expected = tree.entries
      .filter((e) => e.collection !== 'sources')
      .map((e) => `/${e.collection}/${e.id}/`)
      .sort();
    const pages = citationsFromContent(resolve('.'), 'https://linli-ditu.example.org');
    expect(pages.map((p) => p.path).sort()).toEqual(expected);
    expect(pages.every((p) => p.page.url === `https://linli-ditu.example.org${p.path}`)).toBe(true);
  });
});
