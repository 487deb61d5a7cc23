// Astro integration: writes sitemap.xml after the build from the pages actually built, with lastmod from git history.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  contentHistory,
  entryHistory,
  type ContentHistory,
  type HistoryCollection,
} from '../lib/citations/history.node.ts';

/** A page asks search engines to skip it with <meta name="robots" content="noindex">: it is left out of the sitemap. */
export const isNoindex = (html: string) =>
  /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html.slice(0, html.indexOf('</head>') + 1 || undefined));

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Last change of a content page, if the path is /<collection>/<slug>/ of a content entry. */
export function lastmodOf(history: ContentHistory, path: string): string | undefined {
  const m = /^\/(centers|regions|exhibits|sources)\/([^/]+)\/$/.exec(path);
  return m ? entryHistory(history, m[1] as HistoryCollection, m[2]!).lastChanged?.date : undefined;
}

/** The sitemap for `paths` (site paths of built HTML pages). */
export function sitemapXml(site: string, paths: string[], history: ContentHistory): string {
  const urls = [...new Set(paths)].sort().map((path) => {
    const lastmod = lastmodOf(history, path);
    return `  <url><loc>${xml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export default function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'linli-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('no `site` in the Astro config: sitemap.xml not written');
          return;
        }
        const out = fileURLToPath(dir);
        const paths: string[] = [];
        for (const { pathname } of pages) {
          // Pages end in "/" (trailingSlash: always); files such as data/centers.json or cite.bib do not.
          const path = `/${pathname}`.replace(/\/+$/, '/');
          if (!path.endsWith('/') || path === '/404/') continue;
          let html: string;
          try {
            html = readFileSync(join(out, path, 'index.html'), 'utf8');
          } catch {
            continue;
          }
          if (!isNoindex(html)) paths.push(path);
        }
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(site, paths, contentHistory()));
        logger.info(`sitemap.xml: ${paths.length} pages`);
      },
    },
  };
}
