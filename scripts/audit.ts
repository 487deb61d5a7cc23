// CLI (npm run audit): axe-core and the layout checks on EVERY page of the built site, at phone and desktop width,
// in normal and 长辈模式; prints a summary (pages, violations by rule) and exits 1 on any finding.
// Options: --phone (phone width only), --prefix=/centers/ (only pages under a path), --verbose (every finding).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { contexts, launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { tileOrigins } from '../src/lib/csp.ts';
import {
  builtPages,
  formatViolation,
  layoutReport,
  modeContext,
  runAxe,
  watchPage,
  type Mode,
  type Violation,
} from './lib/a11y-browser.ts';
import { cliArgs } from './lib/cli-args.ts';
import { renderTable } from './lib/markdown-table.ts';

const {
  values: { prefix = '/', verbose = false, phone = false },
} = cliArgs({
  name: 'audit',
  usage: `usage: npm run audit [-- --phone] [--prefix=/centers/] [--verbose]

  axe-core and the layout checks on every page of the built site ($OUT_DIR or dist/).
  --phone          phone width only
  --prefix=PATH    only the pages under PATH
  --verbose        every finding, not only the first 40`,
  options: { phone: { type: 'boolean' }, prefix: { type: 'string' }, verbose: { type: 'boolean' } },
});
const viewports = phone ? (['phone'] as const) : (['phone', 'desktop'] as const);
const modes: Mode[] = ['normal', 'elder'];

const dist = resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`audit: ${dist}/index.html not found; run \`npm run build\` first (or set OUT_DIR)`);
  process.exit(2);
}
const pages = builtPages(dist).filter((p) => p.url.startsWith(prefix));
if (!pages.length) {
  console.error(`audit: no pages under ${prefix} in ${dist}`);
  process.exit(2);
}

interface Finding {
  page: string;
  run: string;
  kind: string;
  detail: string;
}

const started = Date.now();
const server = await serveStatic(dist);
const browser: Browser = await launchBrowser();
const violations: Violation[] = [];
const findings: Finding[] = [];
let done = 0;

async function audit(viewport: (typeof viewports)[number], mode: Mode, context: BrowserContext, path: string) {
  const run = `${viewport}/${mode}`;
  const page = await context.newPage();
  const watch = await watchPage(page, server.url, tileOrigins);
  try {
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200)
      findings.push({ page: path, run, kind: 'http', detail: `HTTP ${response?.status()}` });
    violations.push(...(await runAxe(page, mode, viewport, path)).violations);
    const layout = await layoutReport(page, mode === 'elder' ? 44 : 0);
    if (viewport === 'phone' && layout.scrollWidth > 360)
      findings.push({
        page: path,
        run,
        kind: 'sideways scroll at 360 px',
        detail: `${layout.scrollWidth} px: ${layout.overflowing.join('; ')}`,
      });
    for (const t of layout.smallTargets)
      findings.push({ page: path, run, kind: 'target < 44 px (长辈模式)', detail: t });
    if (mode === 'elder' && layout.baseFontPx < 20)
      findings.push({ page: path, run, kind: '长辈模式 text < 20 px', detail: `${layout.baseFontPx} px` });
    for (const e of watch.consoleErrors) findings.push({ page: path, run, kind: 'console error', detail: e });
    for (const r of watch.foreignRequests) findings.push({ page: path, run, kind: 'third-party request', detail: r });
    for (const c of await watch.cspViolations()) findings.push({ page: path, run, kind: 'CSP violation', detail: c });
  } catch (error) {
    findings.push({ page: path, run, kind: 'audit error', detail: String(error) });
  } finally {
    await page.close();
  }
  done++;
  if (done % 25 === 0) console.error(`audit: ${done}/${pages.length * viewports.length * modes.length} page runs …`);
}

// Two pages at a time (one per core): each run has its own context, so the 长辈模式 setting never leaks.
for (const viewport of viewports) {
  for (const mode of modes) {
    const context = await modeContext(browser, contexts[viewport]!, mode, true);
    const queue = pages.map((p) => p.url);
    await Promise.all(
      [0, 1].map(async () => {
        for (let path = queue.shift(); path; path = queue.shift()) await audit(viewport, mode, context, path);
      }),
    );
    await context.close();
  }
}
await browser.close();
await server.close();

// Summary: one row per axe rule or check, with how many pages and nodes it hit in each run.
const runs = viewports.flatMap((v) => modes.map((m) => `${v}/${m}`));
const byRule = new Map<string, { impact: string; pages: Map<string, Set<string>>; nodes: number }>();
for (const v of violations) {
  const entry = byRule.get(v.rule) ?? { impact: v.impact, pages: new Map(), nodes: 0 };
  const run = `${v.viewport}/${v.mode}`;
  entry.pages.set(run, (entry.pages.get(run) ?? new Set()).add(v.page));
  entry.nodes += v.targets.length;
  byRule.set(v.rule, entry);
}
for (const f of findings) {
  const entry = byRule.get(f.kind) ?? { impact: 'check', pages: new Map(), nodes: 0 };
  entry.pages.set(f.run, (entry.pages.get(f.run) ?? new Set()).add(f.page));
  entry.nodes++;
  byRule.set(f.kind, entry);
}
const rows = [...byRule.entries()]
  .sort((a, b) => b[1].nodes - a[1].nodes)
  .map(([rule, e]) => [rule, e.impact, ...runs.map((r) => e.pages.get(r)?.size ?? 0), e.nodes]);
console.log(
  renderTable(
    `Accessibility audit: ${pages.length} pages × ${runs.length} runs (${runs.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ['rule / check', 'impact', ...runs.map((r) => `pages ${r}`), 'nodes / findings'],
    rows.length ? rows : [['(none)', '—', ...runs.map(() => 0), 0]],
  ),
);
const lines = [
  ...violations.map(formatViolation),
  ...findings.map((f) => `${f.page} [${f.run}] ${f.kind}: ${f.detail}`),
];
if (lines.length) {
  const shown = verbose ? lines : lines.slice(0, 40);
  console.log(
    `\n${shown.join('\n')}${shown.length < lines.length ? `\n… ${lines.length - shown.length} more (--verbose shows all)` : ''}`,
  );
  console.log(
    `\naudit: FAILED — ${violations.length} axe violation(s) and ${findings.length} other finding(s) on ${new Set([...violations.map((v) => v.page), ...findings.map((f) => f.page)]).size} page(s)`,
  );
  process.exit(1);
}
console.log(`\naudit: OK — 0 axe violations on ${pages.length} pages in ${runs.length} runs`);
