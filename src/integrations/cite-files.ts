// Astro integration: writes each center, region and exhibit page's cite.bib, cite.ris and cite.json after the build.
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentTree, siteDataFromTree } from '../lib/content/tree.node.ts';
import type { SiteData } from '../lib/content/queries.ts';
import { allPageRecords, citableOf } from '../lib/citations/citable.ts';
import { citationFiles, type CitablePage, type CitationFormat } from '../lib/citations/citation.ts';
import { takeRegisteredCitations } from '../lib/citations/registry.ts';

/** The site data of the content tree, read the way the validator reads it (the pages read it through Astro). */
export function siteDataAt(root: string): SiteData {
  const tree = loadContentTree(root);
  if (tree.problems.length)
    throw new Error(`cite files: the content tree has ${tree.problems.length} problems; run \`npm run validate\``);
  return siteDataFromTree(tree);
}

/** Writes each page's citation files into `out` (path is the page's site path); returns how many. */
export function writeCiteFiles(out: string, pages: { path: string; page: CitablePage }[]): number {
  let count = 0;
  for (const { path, page } of pages) {
    const dir = join(out, path);
    mkdirSync(dir, { recursive: true });
    for (const [ext, file] of Object.entries(citationFiles) as [
      CitationFormat,
      (typeof citationFiles)[CitationFormat],
    ][]) {
      writeFileSync(join(dir, `cite.${ext}`), file.body(page));
      count++;
    }
  }
  return count;
}

/** The slow path: every center, region and exhibit read from the content tree (used if no page registered). */
export const citationsFromContent = (root: string, site: string) =>
  allPageRecords(siteDataAt(root), site).map((r) => ({ path: r.path, page: citableOf(r) }));

/**
 * Plain files written after the build rather than Astro endpoints: three per page is 60,000 files for a province
 * of 10,000 centers and as many regions; each endpoint costs about a millisecond of routing and rendering, a write
 * a few microseconds. They exist only in built sites, not under `astro dev`.
 */
export default function citeFiles(): AstroIntegration {
  let site = '';
  return {
    name: 'linli-cite-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('cite files: set `site` in the Astro config; citations need absolute URLs');
        const started = performance.now();
        // CiteBox registered each page's citation while rendering it, so the files say exactly what the pages say.
        let pages = takeRegisteredCitations();
        const from = pages.length ? 'the rendered pages' : 'the content tree';
        if (!pages.length) pages = citationsFromContent(resolve(process.env.CONTENT_ROOT ?? '.'), site);
        const count = writeCiteFiles(fileURLToPath(dir), pages);
        logger.info(`${count} citation files from ${from} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
