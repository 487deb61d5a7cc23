// Bench part "page-weight": bytes a first visit transfers (gzip, as a static host serves them) for the home, center
// and search pages, measured in Chromium at phone width, against the budgets; and whether a center reads without JS.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { contexts, launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { tileOrigins } from '../../src/lib/csp.ts';
import { pageType } from '../../src/lib/a11y-pages.ts';
import { builtPages, readableWithoutJs } from '../lib/a11y-browser.ts';
import { kb } from '../lib/bench-sites.ts';
import type { BenchContext, BenchPart, BenchTable } from './types.ts';

/** Budgets from issue 9, in KB (1 KB = 1,024 bytes) of gzip-compressed transfer, map tiles not counted. */
export const budgets = { center: 60, home: 100, search: 150 } as const;

const kinds = ['html', 'css', 'js', 'font', 'image', 'data'] as const;
type Kind = (typeof kinds)[number];
const kindOf = (url: string, type: string): Kind => {
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.startsWith('font/') || /\.woff2?$/.test(url)) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'data';
};

export interface Weight {
  path: string;
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  byKind: Record<Kind, number>;
}

/**
 * Loads a page in a fresh context (empty cache, a first visit) and sums, for every response the page fetched,
 * the gzip size of its body: our test server does not compress, a static host does. Map tiles are left out.
 */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<Weight> {
  const context = await browser.newContext(contexts.phone);
  const page = await context.newPage();
  const bodies: Promise<{ url: string; type: string; raw: number; gzip: number } | null>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (tileOrigins.some((o) => url.startsWith(o)) || url.startsWith('data:')) return;
    bodies.push(
      response
        .body()
        // Playwright cannot hand over the body of a worker's response (the map's data file): fetch the same URL here.
        .catch(async () => Buffer.from(await (await fetch(url)).arrayBuffer()))
        .then((body) => ({
          url,
          type: response.headers()['content-type'] ?? '',
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
        }))
        .catch(() => null),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const got = (await Promise.all(bodies)).filter((b) => b !== null);
  await context.close();
  const byKind = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>;
  for (const b of got) byKind[kindOf(b.url, b.type)] += b.gzip;
  return {
    path,
    requests: got.length,
    rawBytes: got.reduce((s, b) => s + b.raw, 0),
    gzipBytes: got.reduce((s, b) => s + b.gzip, 0),
    byKind,
  };
}

const part: BenchPart = {
  name: 'page-weight',
  async run(ctx: BenchContext): Promise<BenchTable[]> {
    const dist = resolve(process.env.OUT_DIR ?? 'dist');
    if (!existsSync(join(dist, 'index.html')))
      throw new Error(`bench page-weight: ${dist}/index.html not found; run \`npm run build\` first (or set OUT_DIR)`);
    ctx.log(
      `measuring ${relative('.', dist) || dist} (built ${statSync(join(dist, 'index.html')).mtime.toISOString()})`,
    );
    const centers = builtPages(dist).filter((p) => pageType(p.url) === '/centers/*/');
    // The heaviest center page is the budget's worst case; in --quick mode only it, otherwise every center.
    const sortedCenters = [...centers].sort((a, b) => b.bytes - a.bytes);
    const centerPaths = (ctx.quick ? sortedCenters.slice(0, 1) : sortedCenters).map((p) => p.url);
    const server = await serveStatic(dist);
    const browser = await launchBrowser({ cjkFont: true });
    try {
      const home = await measurePage(browser, server.url, '/');
      const search = await measurePage(browser, server.url, '/search/');
      const mapPage = await measurePage(browser, server.url, '/map/');
      const centerWeights: Weight[] = [];
      for (const path of centerPaths) centerWeights.push(await measurePage(browser, server.url, path));
      centerWeights.sort((a, b) => b.gzipBytes - a.gzipBytes);
      const heaviest = centerWeights[0]!;
      const median = centerWeights[Math.floor(centerWeights.length / 2)]!;
      const noJs = await readableWithoutJs(browser, server.url, heaviest.path);

      const row = (label: string, w: Weight, budget?: number) => [
        label,
        w.path,
        w.requests,
        kb(w.rawBytes),
        kb(w.gzipBytes),
        ...kinds.map((k) => kb(w.byKind[k])),
        budget === undefined ? '—' : `${budget}`,
      ];
      return [
        {
          title: 'Page weight: first visit at 360 px, gzip KB as served (map tiles excluded)',
          columns: ['page', 'path', 'requests', 'raw KB', 'gzip KB', ...kinds.map((k) => `${k} KB`), 'budget KB'],
          rows: [
            row('home', home, budgets.home),
            row('center (heaviest)', heaviest, budgets.center),
            ...(centerWeights.length > 2 ? [row(`center (median of ${centerWeights.length})`, median)] : []),
            row('search, before a query', search, budgets.search),
            row('map (no budget)', mapPage),
          ],
          targets: [
            {
              name: 'home ≤ 100 KB',
              target: `${budgets.home} KB`,
              measured: `${kb(home.gzipBytes)} KB`,
              ok: home.gzipBytes <= budgets.home * 1024,
            },
            {
              name: `center page ≤ 60 KB (heaviest: ${heaviest.path})`,
              target: `${budgets.center} KB`,
              measured: `${kb(heaviest.gzipBytes)} KB`,
              ok: heaviest.gzipBytes <= budgets.center * 1024,
            },
            {
              name: 'search page ≤ 150 KB before the first query',
              target: `${budgets.search} KB`,
              measured: `${kb(search.gzipBytes)} KB`,
              ok: search.gzipBytes <= budgets.search * 1024,
            },
            {
              name: 'center page readable with JavaScript off',
              target: 'yes',
              measured: `${noJs.ok ? 'yes' : 'no'} (${noJs.detail})`,
              ok: noJs.ok,
            },
          ],
        },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};

export default part;
