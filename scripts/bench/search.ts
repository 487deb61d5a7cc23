// Bench part "search": Pagefind index size, bytes fetched and time to first result per query on a cold search
// page, and the page's own weight before a query — at the real content and at real + 10,000 synthetic centers.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { contexts, launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { benchSites, kb, listFiles, median } from '../lib/bench-sites.ts';
import type { BenchPart, BenchTable } from './types.ts';

/** Targets from issue 6, at 10,000 centers; KB = 1,024 bytes as a static host sends them (text gzipped). */
const targets = { firstResultMs: 300, queryKb: 150, pageKb: 150 };
const runs = 3;
/** How long after tapping the box the reader's input method commits the query (see coldQuery). */
const typingMs = 1000;

const realQueries = ['长者食堂', '老人吃饭', '托管', '看病', '办医保', '法律咨询', '長者食堂', '安海镇'];
const syntheticQueries = ['长者食堂', '老人吃饭', '托管', '看病', '办医保', '法律咨询', '長者食堂', '卫生服务站'];

/** Bytes a host sends: text compressed with gzip, Pagefind's own files (already compressed) as they are. */
const sentBytes = (url: string, body: Buffer) =>
  /\.(js|json|html|css|svg)(\?|$)/.test(url) ? gzipSync(body, { level: 6 }).length : body.length;

interface QueryRun {
  ms: number;
  pagefindBytes: number;
  pagefindRawBytes: number;
  otherBytes: number;
  requests: number;
  chunks: number;
  fragments: number;
  results: number;
}

/**
 * One cold search: a fresh browser context (empty cache) opens /search/, the reader taps the box and, after
 * `typingMs`, an input method commits the query. Time runs from that input event to the first result in the
 * list; bytes are every response after the page load (Pagefind loads on the tap, so all of /pagefind/ counts).
 */
async function coldQuery(browser: Browser, origin: string, query: string, typingMs = 0): Promise<QueryRun> {
  const context = await browser.newContext(contexts.phone);
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const bodies: Promise<{ url: string; raw: number; sent: number }>[] = [];
  page.on('response', (r) =>
    bodies.push(
      r
        .body()
        .then((b) => ({ url: r.url(), raw: b.length, sent: sentBytes(r.url(), b) }))
        .catch(() => ({ url: r.url(), raw: 0, sent: 0 })),
    ),
  );
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    document.querySelector('#search-q')!.addEventListener('input', () => (w.__t0 ??= performance.now()));
    new MutationObserver(() => {
      if (
        w.__t1 === undefined &&
        (document.querySelector('#search-hits li') || document.body.dataset['searchState'] === 'done')
      )
        w.__t1 = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.locator('#search-q').click();
  // A reader needs a moment to type after tapping the box; the page loads Pagefind on the tap meanwhile.
  if (typingMs) await page.waitForTimeout(typingMs);
  await page.keyboard.insertText(query);
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset['searchState'] ?? ''), undefined, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  const times = await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    return { __t0: w.__t0 ?? NaN, __t1: w.__t1 ?? NaN };
  });
  const results = await page.$$eval('#search-hits li', (lis) => lis.length);
  const got = await Promise.all(bodies);
  await context.close();
  const pf = got.filter((b) => new URL(b.url).pathname.startsWith('/pagefind/'));
  return {
    ms: times.__t1 - times.__t0,
    pagefindBytes: pf.reduce((s, b) => s + b.sent, 0),
    pagefindRawBytes: pf.reduce((s, b) => s + b.raw, 0),
    otherBytes: got.filter((b) => !pf.includes(b)).reduce((s, b) => s + b.sent, 0),
    requests: got.length,
    chunks: pf.filter((b) => b.url.endsWith('.pf_index')).length,
    fragments: pf.filter((b) => b.url.endsWith('.pf_fragment')).length,
    results,
  };
}

/** The search page alone, before any query: everything a first visit downloads. */
async function pageWeight(browser: Browser, origin: string): Promise<{ sent: number; raw: number; requests: number }> {
  const context = await browser.newContext(contexts.phone);
  const page = await context.newPage();
  const bodies: Promise<{ raw: number; sent: number }>[] = [];
  page.on('response', (r) =>
    bodies.push(
      r
        .body()
        .then((b) => ({ raw: b.length, sent: sentBytes(r.url(), b) }))
        .catch(() => ({ raw: 0, sent: 0 })),
    ),
  );
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const got = await Promise.all(bodies);
  await context.close();
  return { sent: got.reduce((s, b) => s + b.sent, 0), raw: got.reduce((s, b) => s + b.raw, 0), requests: got.length };
}

function indexSize(dist: string) {
  const files = listFiles(join(dist, 'pagefind'));
  const bytes = (pred: (f: string) => boolean) => files.filter(pred).reduce((s, f) => s + statSync(f).size, 0);
  return {
    files: files.length,
    bytes: bytes(() => true),
    chunks: files.filter((f) => f.endsWith('.pf_index')).length,
    fragments: files.filter((f) => f.endsWith('.pf_fragment')).length,
    metaZhHans: bytes((f) => /pagefind\.zh-hans_.*\.pf_meta$/.test(f)),
    digests: existsSync(join(dist, 'search/digest')) ? readdirSync(join(dist, 'search/digest')).length : 0,
  };
}

/** One query, cold, `runs` times typed after the tap and `runs` times arriving with it: its table row and worst figures. */
async function measureQuery(browser: Browser, origin: string, query: string) {
  const atOnce: QueryRun[] = [];
  const typed: QueryRun[] = [];
  for (let i = 0; i < runs; i++) {
    atOnce.push(await coldQuery(browser, origin, query));
    typed.push(await coldQuery(browser, origin, query, typingMs));
  }
  const r = typed[typed.length - 1]!;
  const msTyped = median(typed.map((x) => x.ms));
  const msAtOnce = median(atOnce.map((x) => x.ms));
  const bytes = Math.max(...typed.map((x) => x.pagefindBytes), ...atOnce.map((x) => x.pagefindBytes));
  const row = [
    r.results,
    Math.round(msTyped),
    Math.round(msAtOnce),
    kb(bytes),
    kb(r.pagefindRawBytes),
    r.chunks,
    r.fragments,
    kb(r.otherBytes),
  ];
  return { row, msTyped, msAtOnce, bytes };
}

type Rows = (string | number)[][];

/** The part's three tables and their targets, judged on the worst figures of the scale site `scaleName`. */
function searchTables(
  { sizeRows, queryRows, pageRows }: { sizeRows: Rows; queryRows: Rows; pageRows: Rows },
  worst: { ms: number; msAtOnce: number; kb: number; page: number },
  scaleName: string,
): BenchTable[] {
  const tables: BenchTable[] = [];
  tables.push({
    title: 'Search index (Pagefind)',
    columns: ['site', 'centers', 'digest pages', 'files', 'KB on disk', 'index chunks', 'fragments', 'zh-hans meta KB'],
    rows: sizeRows,
  });
  tables.push({
    title: `Search: one query on a cold page (median of ${runs} runs for time, largest for bytes; phone; KB as sent, text gzipped)`,
    columns: [
      'site',
      'query',
      'results',
      `first result ms (typed ${typingMs / 1000} s after tap)`,
      'first result ms (typed at once)',
      'pagefind KB',
      'pagefind KB raw',
      'chunks',
      'fragments',
      'other KB',
    ],
    rows: queryRows,
    targets: [
      {
        name: `first result after typing (tap, type for ${typingMs / 1000} s), worst query, ${scaleName}`,
        target: `≤ ${targets.firstResultMs} ms`,
        measured: `${Math.round(worst.ms)} ms`,
        ok: worst.ms <= targets.firstResultMs,
      },
      {
        name: `first result when the query arrives with the tap (cold Pagefind), worst query, ${scaleName}`,
        target: `≤ ${targets.firstResultMs} ms`,
        measured: `${Math.round(worst.msAtOnce)} ms`,
        ok: worst.msAtOnce <= targets.firstResultMs,
      },
      {
        name: `bytes fetched per query (Pagefind), worst query, ${scaleName}`,
        target: `≤ ${targets.queryKb} KB`,
        measured: `${kb(worst.kb)} KB`,
        ok: worst.kb <= targets.queryKb * 1024,
      },
    ],
  });
  tables.push({
    title: 'Search page before the first query (first visit, phone)',
    columns: ['site', 'requests', 'KB sent', 'KB raw'],
    rows: pageRows,
    targets: [
      {
        name: `search page before a query, ${scaleName}`,
        target: `≤ ${targets.pageKb} KB`,
        measured: `${kb(worst.page)} KB`,
        ok: worst.page <= targets.pageKb * 1024,
      },
    ],
  });
  return tables;
}

const part: BenchPart = {
  name: 'search',
  async run(ctx) {
    const sites = benchSites(ctx).map((site) => ({
      ...site,
      queries: site.synthetic ? syntheticQueries : realQueries,
      scale: site.synthetic > 0,
    }));
    const browser = await launchBrowser({ cjkFont: true });
    const sizeRows: (string | number)[][] = [];
    const queryRows: (string | number)[][] = [];
    const pageRows: (string | number)[][] = [];
    const worst = { ms: 0, msAtOnce: 0, kb: 0, page: 0 };
    try {
      for (const site of sites) {
        const size = indexSize(site.dist);
        const centers = readdirSync(join(site.dist, 'centers')).filter((d) =>
          existsSync(join(site.dist, 'centers', d, 'index.html')),
        ).length;
        sizeRows.push([
          site.name,
          centers,
          size.digests,
          size.files,
          kb(size.bytes),
          size.chunks,
          size.fragments,
          kb(size.metaZhHans),
        ]);
        const server = await serveStatic(site.dist);
        try {
          const weight = await pageWeight(browser, server.url);
          pageRows.push([site.name, weight.requests, kb(weight.sent), kb(weight.raw)]);
          if (site.scale) worst.page = Math.max(worst.page, weight.sent);
          for (const query of site.queries) {
            const m = await measureQuery(browser, server.url, query);
            queryRows.push([site.name, query, ...m.row]);
            ctx.log(
              `${site.name} ${query}: ${Math.round(m.msTyped)} ms (${Math.round(m.msAtOnce)} ms at once), ${kb(m.bytes)} KB`,
            );
            if (site.scale) {
              worst.ms = Math.max(worst.ms, m.msTyped);
              worst.msAtOnce = Math.max(worst.msAtOnce, m.msAtOnce);
              worst.kb = Math.max(worst.kb, m.bytes);
            }
          }
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    return searchTables({ sizeRows, queryRows, pageRows }, worst, sites[1]!.name);
  },
};

export default part;
