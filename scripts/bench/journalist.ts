// Bench part "journalist": git history for a 10,000-file content tree in one `git log`, the citation index, the
// open data exports and QR codes, on a synthetic province (1,000 centers with --quick).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContentTree, siteDataFromTree } from '../../src/lib/content/tree.node.ts';
import { generateSite } from '../lib/synthetic.ts';
import { citationsBySource, citedBy } from '../../src/lib/content/footnotes.ts';
import { entryHistory, readContentHistory } from '../../src/lib/citations/history.node.ts';
import {
  centersCsv,
  centersGeoJson,
  centersJson,
  dataPackage,
  servicesHsds,
  type ExportContext,
} from '../../src/lib/open-data/exports.node.ts';
import { qrSvg } from '../../src/lib/citations/qr.ts';
import { centerPath } from '../../src/lib/paths.ts';
import type { BenchContext, BenchPart, BenchTable } from './types.ts';

/** Targets for 10,000 centers on two cores; the build reads history once, so a few seconds is acceptable. */
const targets = { historyMs: 3000, indexMs: 1000, exportsMs: 10_000, qrMsPerCenter: 5 };

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};

/** A git repository with the synthetic tree and `commits` commits: the first adds everything, the rest touch 1 % of centers each. */
function makeRepo(root: string, count: number, commits: number, log: (m: string) => void): number {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const files = generateSite(count, 7);
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Bench',
        GIT_AUTHOR_EMAIL: 'b@example.invalid',
        GIT_COMMITTER_NAME: 'Bench',
        GIT_COMMITTER_EMAIL: 'b@example.invalid',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Synthetic province');
  const centers = files.filter((f) => f.path.startsWith('content/centers/'));
  for (let c = 1; c < commits; c++) {
    for (let i = c; i < centers.length; i += 100)
      writeFileSync(join(root, centers[i]!.path), `${centers[i]!.text}\n{/* edit ${c} */}\n`);
    git('commit', '-q', '-am', `Edit ${c}: 1 % of centers`);
  }
  log(`repository with ${files.length} files and ${commits} commits at ${root}`);
  return files.length;
}

const part: BenchPart = {
  name: 'journalist',
  async run(ctx: BenchContext): Promise<BenchTable[]> {
    const count = ctx.quick ? 1000 : 10_000;
    const root = join(ctx.workDir, `journalist-${count}`);
    const files = makeRepo(root, count, ctx.quick ? 10 : 30, ctx.log);

    const [history, historyMs] = time(() => readContentHistory(root));
    const touched = history.byEntry.size;

    const tree = loadContentTree(root);
    if (tree.problems.length) throw new Error(`synthetic tree has ${tree.problems.length} problems`);
    const data = siteDataFromTree(tree);
    const { sources } = data;

    const [, indexMs] = time(() => {
      citationsBySource(data);
      for (const s of sources) citedBy(data, s.slug);
    });
    const citations = [...citationsBySource(data).values()].reduce((n, l) => n + l.length, 0);

    const exportCtx: ExportContext = {
      data,
      site: 'https://linli-ditu.example.org',
      history,
      generated: new Date().toISOString(),
    };
    const sizes: (string | number)[][] = [];
    const [, exportsMs] = time(() => {
      for (const [name, make] of [
        ['centers.json', () => JSON.stringify(centersJson(exportCtx))],
        ['centers.csv', () => centersCsv(exportCtx)],
        ['centers.geojson', () => JSON.stringify(centersGeoJson(exportCtx))],
        ['services-hsds.json', () => JSON.stringify(servicesHsds(exportCtx))],
        ['datapackage.json', () => JSON.stringify(dataPackage(exportCtx), null, 1)],
      ] as const) {
        const [text, ms] = time(make);
        sizes.push([name, `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`, ms.toFixed(0)]);
      }
    });

    const sample = Math.min(500, data.centers.length);
    const qrStart = performance.now();
    for (const c of data.centers.slice(0, sample))
      await qrSvg(`https://linli-ditu.example.org${centerPath(c.slug)}`, c.name);
    const qrMs = (performance.now() - qrStart) / sample;
    const lastChangedKnown = data.centers.filter((c) => entryHistory(history, 'centers', c.slug).lastChanged).length;
    rmSync(root, { recursive: true, force: true });

    const scale = 10_000 / count;
    return [
      {
        title: `Journalist tools on ${count.toLocaleString('en')} synthetic centers (${files.toLocaleString('en')} content files)`,
        columns: ['step', 'measured', 'note'],
        rows: [
          [
            'git log + parse (one process)',
            `${historyMs.toFixed(0)} ms`,
            `${history.commits.length} commits, ${touched} entries dated, ${lastChangedKnown}/${data.centers.length} centers have a last-changed date`,
          ],
          ['citation index (all sources)', `${indexMs.toFixed(0)} ms`, `${citations.toLocaleString('en')} citations`],
          ['open data exports (5 files)', `${exportsMs.toFixed(0)} ms`, sizes.map((s) => `${s[0]} ${s[1]}`).join(', ')],
          [
            'QR code per center',
            `${qrMs.toFixed(2)} ms`,
            `sample of ${sample}; cached, so made once per center per build`,
          ],
        ],
        targets: [
          {
            name: 'git history for 10,000 centers',
            target: `< ${targets.historyMs} ms`,
            measured: `${(historyMs * scale).toFixed(0)} ms${scale > 1 ? ' (scaled)' : ''}`,
            ok: historyMs * scale < targets.historyMs,
          },
          {
            name: 'citation index for 10,000 centers',
            target: `< ${targets.indexMs} ms`,
            measured: `${(indexMs * scale).toFixed(0)} ms${scale > 1 ? ' (scaled)' : ''}`,
            ok: indexMs * scale < targets.indexMs,
          },
          {
            name: 'all exports for 10,000 centers',
            target: `< ${targets.exportsMs} ms`,
            measured: `${(exportsMs * scale).toFixed(0)} ms${scale > 1 ? ' (scaled)' : ''}`,
            ok: exportsMs * scale < targets.exportsMs,
          },
          {
            name: 'QR code per center',
            target: `< ${targets.qrMsPerCenter} ms`,
            measured: `${qrMs.toFixed(2)} ms`,
            ok: qrMs < targets.qrMsPerCenter,
          },
        ],
      },
      { title: 'Open data file sizes and build time', columns: ['file', 'size', 'ms'], rows: sizes },
    ];
  },
};

export default part;
