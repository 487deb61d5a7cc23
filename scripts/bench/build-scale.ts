// Bench part: builds synthetic provinces of 1,000 and 10,000 centers and a bare Astro site, and shows how cost grows.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateSite } from '../lib/synthetic.ts';
import type { BenchContext, BenchPart, BenchTable } from './types.ts';

const repo = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/** Targets from the issue: 10,000 centers on a 2-core machine. */
const targets = { buildSeconds: 300, peakMb: 4096, maxRatio: 11 };

// ---------------------------------------------------------------- memory sampling

/** Every process below `root` (children, grandchildren …), read from /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so split after its ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

const rssKb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** Resident memory of a whole process tree, summed (astro and pagefind run as children of the build script). */
const treeRssMb = (root: number) => descendants(root).reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;

interface RunResult {
  seconds: number;
  /** User + system CPU seconds of every process in the tree (GNU time), or NaN where /usr/bin/time is missing. */
  cpuSeconds: number;
  /** Astro's per-page render times, summed by route (synthetic slugs folded into [slug]). */
  routes: Map<string, { pages: number; ms: number }>;
  /** Peak summed RSS, overall and per phase (phases are named by the build's own "build: …" lines). */
  peakMb: number;
  phasePeakMb: Map<string, number>;
  phaseSeconds: Map<string, number>;
  output: string;
  code: number;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** "/centers/syn-000042/print/index.html" → "/centers/[slug]/print/". */
const routeOf = (path: string) => path.replace(/syn-[a-z0-9-]+/g, '[slug]').replace(/index\.html$/, '');

/**
 * Runs a command, sampling the tree's memory every 200 ms, timing the phases the build prints and summing Astro's
 * per-page times by route. Wall time suffers when other work shares the two cores; CPU time much less so.
 */
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  log: (m: string) => void,
): Promise<RunResult> {
  return new Promise((done) => {
    const started = performance.now();
    const cpuFile = join(repo, '.tmp/bench', `cpu-${process.pid}-${Math.round(started)}.txt`);
    const [cmd, argv] = gnuTime ? [gnuTime, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
    const child = spawn(cmd, argv, { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const routes = new Map<string, { pages: number; ms: number }>();
    let phase = 'start';
    let phaseStart = started;
    const phaseSeconds = new Map<string, number>();
    const phasePeakMb = new Map<string, number>();
    let peakMb = 0;
    let output = '';
    const enter = (next: string) => {
      const now = performance.now();
      phaseSeconds.set(phase, (phaseSeconds.get(phase) ?? 0) + (now - phaseStart) / 1000);
      phase = next;
      phaseStart = now;
      log(`${next} (${((now - started) / 1000).toFixed(0)} s)`);
    };
    let pending = '';
    const onData = (chunk: Buffer) => {
      const text = String(chunk);
      output += text;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const m = /^build: (validating content|astro build|pagefind index|checking the built site)\b/.exec(line);
        if (m) enter(m[1]!);
        const page = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
        if (page) {
          const route = routeOf(page[1]!);
          const entry = routes.get(route) ?? routes.set(route, { pages: 0, ms: 0 }).get(route)!;
          entry.pages++;
          entry.ms += Number(page[2]) * (page[3] === 's' ? 1000 : 1);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sample = () => {
      if (child.pid === undefined) return;
      const mb = treeRssMb(child.pid);
      peakMb = Math.max(peakMb, mb);
      phasePeakMb.set(phase, Math.max(phasePeakMb.get(phase) ?? 0, mb));
    };
    const timer = setInterval(sample, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      enter('done');
      let cpuSeconds = Number.NaN;
      if (gnuTime && existsSync(cpuFile)) {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuSeconds = user! + system!;
        rmSync(cpuFile, { force: true });
      }
      done({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds,
        routes,
        peakMb,
        phasePeakMb,
        phaseSeconds,
        output,
        code: code ?? 1,
      });
    });
  });
}

// ---------------------------------------------------------------- sizes

function folderBytes(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  if (!existsSync(dir)) return { bytes, files, html };
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = folderBytes(full);
      bytes += sub.bytes;
      files += sub.files;
      html += sub.html;
    } else {
      bytes += st.size;
      files++;
      if (name.endsWith('.html')) html++;
    }
  }
  return { bytes, files, html };
}

// ---------------------------------------------------------------- the two kinds of site

interface SiteRun {
  label: string;
  pages: number;
  totalS: number;
  validateS: number;
  astroS: number;
  pagefindS: number;
  checkS: number;
  peakMb: number;
  astroPeakMb: number;
  pagefindPeakMb: number;
  distMb: number;
  files: number;
  pagefindMb: number;
  cpuS: number;
  routes: Map<string, { pages: number; ms: number }>;
}

/** Generates a synthetic province of `count` centers and builds it with the production build (validate → astro → pagefind → checks). */
async function buildSynthetic(ctx: BenchContext, count: number): Promise<SiteRun> {
  const root = join(ctx.workDir, `synthetic-${count}`);
  rmSync(join(root, 'content'), { recursive: true, force: true });
  for (const file of generateSite(count, 42)) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  // A cold build, as CI and a fresh clone see it: no content-layer or Vite cache from an earlier run.
  rmSync(join(root, 'cache'), { recursive: true, force: true });
  const dist = join(root, 'dist');
  ctx.log(`${count} centers: building into ${dist}`);
  const run = await measure(
    process.execPath,
    [join(repo, 'scripts/build.ts')],
    { CONTENT_ROOT: root, OUT_DIR: dist, CACHE_DIR: join(root, 'cache') },
    (m) => ctx.log(`${count}: ${m}`),
  );
  if (run.code !== 0) throw new Error(`build of ${count} synthetic centers failed:\n${run.output.slice(-4000)}`);
  const size = folderBytes(dist);
  const s = (phase: string) => run.phaseSeconds.get(phase) ?? 0;
  const mb = (phase: string) => run.phasePeakMb.get(phase) ?? 0;
  return {
    label: `${count.toLocaleString('en')} centers`,
    pages: size.html,
    totalS: run.seconds,
    validateS: s('validating content') + s('start'),
    astroS: s('astro build'),
    pagefindS: s('pagefind index'),
    checkS: s('checking the built site'),
    peakMb: run.peakMb,
    astroPeakMb: mb('astro build'),
    pagefindPeakMb: mb('pagefind index'),
    distMb: size.bytes / 2 ** 20,
    files: size.files,
    pagefindMb: folderBytes(join(dist, 'pagefind')).bytes / 2 ** 20,
    cpuS: run.cpuSeconds,
    routes: run.routes,
  };
}

/** A bare Astro site of `pages` trivial pages with a little text each: the per-page floor any Astro site pays. */
async function buildBare(ctx: BenchContext, pages: number): Promise<SiteRun> {
  const root = join(ctx.workDir, `bare-astro-${pages}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ compressHTML: true });\n",
  );
  writeFileSync(
    join(root, 'src/pages/[n].astro'),
    `---\nexport const getStaticPaths = () => Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\nconst { n } = Astro.params;\n---\n<html lang="zh-Hans"><head><meta charset="utf-8"><title>第{n}页</title></head><body><main data-pagefind-body><h1>邻里中心 {n}</h1><p>长者食堂、日间照料、四点半课堂和卫生服务站，步行十五分钟可达。</p></main></body></html>\n`,
  );
  // Astro only: Pagefind over tens of thousands of bare pages needs many GB (2.6 GB at 10,000, 7.2 GB at 30,000)
  // on a machine other work shares, and the synthetic rows already show Pagefind's own cost.
  const script = `set -e; ${bin('astro')} build --root ${root} --silent`;
  ctx.log(`bare Astro, ${pages} pages`);
  const run = await measure('sh', ['-c', `echo "build: astro build"; ${script}`], {}, (m) =>
    ctx.log(`bare ${pages}: ${m}`),
  );
  if (run.code !== 0) throw new Error(`bare Astro build failed:\n${run.output.slice(-3000)}`);
  const size = folderBytes(join(root, 'dist'));
  return {
    label: `bare ${pages.toLocaleString('en')} pages`,
    pages: size.html,
    totalS: run.seconds,
    validateS: 0,
    astroS: run.phaseSeconds.get('astro build') ?? 0,
    pagefindS: run.phaseSeconds.get('pagefind index') ?? 0,
    checkS: 0,
    peakMb: run.peakMb,
    astroPeakMb: run.phasePeakMb.get('astro build') ?? 0,
    pagefindPeakMb: run.phasePeakMb.get('pagefind index') ?? 0,
    distMb: size.bytes / 2 ** 20,
    files: size.files,
    pagefindMb: folderBytes(join(root, 'dist/pagefind')).bytes / 2 ** 20,
    cpuS: run.cpuSeconds,
    routes: run.routes,
  };
}

// ---------------------------------------------------------------- the table

const rows: [string, (r: SiteRun) => number, number][] = [
  ['HTML pages built', (r) => r.pages, 0],
  ['files in dist/', (r) => r.files, 0],
  ['total build (s)', (r) => r.totalS, 1],
  ['CPU time, all processes (s)', (r) => r.cpuS, 1],
  ['  validate content (s)', (r) => r.validateS, 1],
  ['  astro build (s)', (r) => r.astroS, 1],
  ['  pagefind (s)', (r) => r.pagefindS, 1],
  ['  dist checks (s)', (r) => r.checkS, 1],
  ['astro ms per page', (r) => (r.astroS * 1000) / Math.max(r.pages, 1), 2],
  ['peak memory, process tree (MB)', (r) => r.peakMb, 0],
  ['  peak during astro build (MB)', (r) => r.astroPeakMb, 0],
  ['  peak during pagefind (MB)', (r) => r.pagefindPeakMb, 0],
  ['dist/ size (MB)', (r) => r.distMb, 1],
  ['pagefind index (MB)', (r) => r.pagefindMb, 1],
];

export function scaleTable(
  small: SiteRun,
  large: SiteRun,
  bareSmall: SiteRun,
  bareLarge: SiteRun,
  factor: number,
): BenchTable {
  const ratio = (a: number, b: number) => (a > 0 ? (b / a).toFixed(2) : '–');
  const table: BenchTable = {
    title: `Build at scale: synthetic provinces vs a bare Astro site (${factor}× more centers)`,
    columns: ['measure', small.label, large.label, `ratio ${factor}×`, bareSmall.label, bareLarge.label, `bare ratio`],
    rows: rows.map(([name, get, digits]) => [
      name,
      get(small).toFixed(digits),
      get(large).toFixed(digits),
      ratio(get(small), get(large)),
      get(bareSmall).toFixed(digits),
      get(bareLarge).toFixed(digits),
      ratio(get(bareSmall), get(bareLarge)),
    ]),
  };
  const big = large.label;
  table.targets = [
    {
      name: `${big}: total build`,
      target: `≤ ${targets.buildSeconds} s`,
      measured: `${large.totalS.toFixed(0)} s`,
      ok: large.totalS <= targets.buildSeconds,
    },
    {
      name: `${big}: peak memory (process tree)`,
      target: `≤ ${targets.peakMb} MB`,
      measured: `${large.peakMb.toFixed(0)} MB`,
      ok: large.peakMb <= targets.peakMb,
    },
    {
      name: `growth of total build time, ${factor}× centers`,
      target: `≤ ${targets.maxRatio}×`,
      measured: `${ratio(small.totalS, large.totalS)}×`,
      ok: large.totalS / small.totalS <= (targets.maxRatio * factor) / 10,
    },
    {
      name: `growth of peak memory, ${factor}× centers`,
      target: `≤ ${targets.maxRatio}×`,
      measured: `${ratio(small.peakMb, large.peakMb)}×`,
      ok: large.peakMb / small.peakMb <= (targets.maxRatio * factor) / 10,
    },
  ];
  return table;
}

/** Which page types the Astro render time goes to in the large build: the place to look when a target misses. */
export function routeTable(run: SiteRun, small: SiteRun): BenchTable {
  const total = [...run.routes.values()].reduce((sum, r) => sum + r.ms, 0);
  const top = [...run.routes.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
  return {
    title: `Where the page rendering time goes (${run.label}; per-page ms at ${small.label} for comparison)`,
    columns: ['route', 'pages', 'render s', 'share', 'ms/page', `ms/page at ${small.label}`],
    rows: top.map(([route, r]) => {
      const before = small.routes.get(route);
      return [
        route,
        r.pages,
        (r.ms / 1000).toFixed(1),
        `${((100 * r.ms) / Math.max(total, 1)).toFixed(1)}%`,
        (r.ms / r.pages).toFixed(2),
        before ? (before.ms / before.pages).toFixed(2) : '–',
      ];
    }),
  };
}

const part: BenchPart = {
  name: 'build-scale',
  async run(ctx) {
    const [small, large] = ctx.quick ? [100, 1000] : [1000, 10000];
    const factor = large / small;
    // Small first: a failure shows up in a minute, not after the long build.
    const s = await buildSynthetic(ctx, small);
    const l = await buildSynthetic(ctx, large);
    // The bare site gets as many pages as the synthetic site built, so per-page costs compare like for like.
    const bs = await buildBare(ctx, s.pages);
    const bl = await buildBare(ctx, l.pages);
    return [scaleTable(s, l, bs, bl, factor), routeTable(l, s)];
  },
};

export default part;
