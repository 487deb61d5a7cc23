// Bench part "map": data file size and time to first markers on /map/ (headless Chromium, 4x CPU throttling),
// for the real content and for a synthetic site of 10,000 centers (1,000 with --quick). "First markers" is when
// markers for every center are on the map (from the overview file); "markers usable" when the focusable ones
// built from the full data have replaced them.
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { contexts, launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { benchSites, kb as kib, median } from '../lib/bench-sites.ts';
import type { BenchPart, BenchTable } from './types.ts';

const targets = { dataGzipBytes: 400 * 1024, firstMarkersMs: 1500 };
const runs = 3;
const throttle = 4;

const kb = (bytes: number) => `${kib(bytes)} KB`;

interface Timing {
  parsed: number;
  dataLoaded: number;
  leafletLoaded: number;
  firstMarkers: number;
  markersReady: number;
  nearMeReady: number;
  markers: number;
  nearMeMs: number;
  filterMs: number;
  jsGzip: number;
}

async function timeMapPage(browser: Browser, dist: string, viewport: 'phone' | 'desktop'): Promise<Timing> {
  const server = await serveStatic(dist);
  try {
    const context = await browser.newContext(contexts[viewport]);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${server.url}/map/`, { waitUntil: 'commit' });
    // Waits inside the page with a plain timer: a Playwright locator would first inject its own large script, and
    // evaluating that on the throttled main thread delayed the very marks measured here (by ~130 ms at 10,000 centers).
    const markers = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const poll = () => {
            const map = document.querySelector<HTMLElement>('[data-map]');
            const near = document.querySelector<HTMLElement>('[data-near-me]');
            if (map?.dataset['markersReady'] && near?.dataset['ready']) resolve(Number(map.dataset['markersReady']));
            else setTimeout(poll, 50);
          };
          poll();
        }),
    );
    const marks: Record<string, number> = await page.evaluate(() => ({
      ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    }));
    // Near me from a chosen place, and the service filter (rebuilds the cluster index): in-page wall time.
    const nearMeMs = await page.evaluate(() => {
      // Large sites ask for the county first (see near-me.ts).
      const county = document.querySelector<HTMLSelectElement>('[data-county]')!;
      if (!county.closest<HTMLElement>('[data-county-row]')!.hidden) {
        county.value = county.options[Math.ceil(county.options.length / 2)]!.value;
        county.dispatchEvent(new Event('change'));
      }
      const select = document.querySelector<HTMLSelectElement>('[data-place]')!;
      select.value = select.options[Math.ceil(select.options.length / 2)]!.value;
      const t = performance.now();
      select.dispatchEvent(new Event('change'));
      if (!document.querySelector('.near-results > li')) throw new Error('near-me gave no results');
      return performance.now() - t;
    });
    const filterMs = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-category]')!;
      select.value = select.options[1]?.value ?? '';
      const t = performance.now();
      select.dispatchEvent(new Event('change'));
      return performance.now() - t;
    });
    await context.close();
    const jsGzip = [...scripts].reduce(
      (n, p) => n + (existsSync(join(dist, p)) ? gzipSync(readFileSync(join(dist, p))).length : 0),
      0,
    );
    return {
      parsed: marks['parsed'] ?? NaN,
      dataLoaded: marks['map:data-loaded'] ?? NaN,
      leafletLoaded: marks['map:leaflet-loaded'] ?? NaN,
      firstMarkers: marks['map:markers-painted'] ?? marks['map:markers-shown'] ?? NaN,
      markersReady: marks['map:markers-ready'] ?? NaN,
      nearMeReady: marks['map:near-me-ready'] ?? NaN,
      markers,
      nearMeMs,
      filterMs,
      jsGzip,
    };
  } finally {
    await server.close();
  }
}

const part: BenchPart = {
  name: 'map',
  async run(ctx) {
    const sites = benchSites(ctx);
    const sizeRows: (string | number)[][] = [];
    const timeRows: (string | number)[][] = [];
    const tableTargets: NonNullable<BenchTable['targets']> = [];
    // Timings on a shared machine depend on what else runs: say how busy it was.
    const loads: number[] = [];
    const browser = await launchBrowser({ cjkFont: true });
    try {
      for (const site of sites) {
        const data = readFileSync(join(site.dist, 'map/centers.json'));
        const overview = readFileSync(join(site.dist, 'map/overview.json'));
        const html = readFileSync(join(site.dist, 'map/index.html'));
        const centers = (JSON.parse(data.toString('utf8')) as { centers: unknown[] }).centers.length;
        const gz = gzipSync(data).length;
        sizeRows.push([
          site.name,
          centers,
          kb(data.length),
          kb(gz),
          kb(brotliCompressSync(data).length),
          kb(overview.length),
          kb(gzipSync(overview).length),
          kb(html.length),
          kb(gzipSync(html).length),
        ]);
        if (site.synthetic === 10_000)
          tableTargets.push({
            name: `map data at ${site.synthetic} centers (gzip)`,
            target: `≤ ${kb(targets.dataGzipBytes)}`,
            measured: kb(gz),
            ok: gz <= targets.dataGzipBytes,
          });
        for (const viewport of ['phone', 'desktop'] as const) {
          const timings: Timing[] = [];
          for (let i = 0; i < runs; i++) {
            loads.push(loadavg()[0]!);
            timings.push(await timeMapPage(browser, site.dist, viewport));
          }
          const shown = median(timings.map((t) => t.firstMarkers));
          timeRows.push([
            site.name,
            viewport,
            timings[0]!.markers,
            `${median(timings.map((t) => t.parsed)).toFixed(0)} ms`,
            `${median(timings.map((t) => t.dataLoaded)).toFixed(0)} ms`,
            `${median(timings.map((t) => t.leafletLoaded)).toFixed(0)} ms`,
            `${shown.toFixed(0)} ms`,
            `${median(timings.map((t) => t.markersReady)).toFixed(0)} ms`,
            `${median(timings.map((t) => t.nearMeReady)).toFixed(0)} ms`,
            `${median(timings.map((t) => t.nearMeMs)).toFixed(0)} ms`,
            `${median(timings.map((t) => t.filterMs)).toFixed(0)} ms`,
            kb(timings[0]!.jsGzip),
          ]);
          tableTargets.push({
            name: `first markers, ${site.name}, ${viewport}, ${throttle}x CPU`,
            target: `≤ ${targets.firstMarkersMs} ms`,
            measured: `${shown.toFixed(0)} ms (median of ${runs})`,
            ok: shown <= targets.firstMarkersMs,
          });
        }
      }
    } finally {
      await browser.close();
    }
    return [
      {
        title: 'Map data file /map/centers.json, the first-view file /map/overview.json and the /map/ page',
        columns: [
          'site',
          'centers',
          'data raw',
          'data gzip',
          'data brotli',
          'overview raw',
          'overview gzip',
          'page HTML raw',
          'page HTML gzip',
        ],
        rows: sizeRows,
      },
      {
        title: `Map page in headless Chromium, ${throttle}x CPU throttling (median of ${runs} cold loads; times from navigation start; 1-min load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores). First markers: markers for every center painted (clusters from /map/overview.json); markers usable: the real, focusable markers from the full data`,
        columns: [
          'site',
          'viewport',
          'markers',
          'HTML parsed',
          'data loaded',
          'Leaflet loaded',
          'first markers',
          'markers usable',
          'near-me ready',
          'near-me query',
          'service filter',
          'JS (gzip)',
        ],
        rows: timeRows,
        targets: tableTargets,
      },
    ];
  },
};

export default part;
