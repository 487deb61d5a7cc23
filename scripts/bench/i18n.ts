// Bench part "i18n": what the build-time 繁體 conversion costs: OpenCC's dictionary load, then per exhibit and per
// center summary, scaled to a 10,000-center site (the zh-hant center pages convert one summary each).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { toHant, toHantDeep } from '../../src/lib/i18n/convert.ts';
import type { BenchContext, BenchPart, BenchTable } from './types.ts';

/** Targets on two cores: the dictionary loads once per build; conversion must not become a build phase of its own. */
const targets = { initMs: 1500, msPerExhibit: 20, secondsPer10kCenters: 30 };
const seedDir = resolve(import.meta.dirname, '../../../shared/seeds');

const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const part: BenchPart = {
  name: 'i18n',
  async run(ctx: BenchContext): Promise<BenchTable[]> {
    const tree = loadContentTree(resolve(import.meta.dirname, '../..'));
    const exhibits = tree.entries.filter((e) => e.collection === 'exhibits').map((e) => e.data);
    const centers = tree.entries
      .filter((e) => e.collection === 'centers')
      .map((e) => e.data as { name: string; summary: string; services: { name: string; description?: string }[] });
    if (!exhibits.length || !centers.length) throw new Error('no exhibits or centers in content/ to measure');

    const initMs = time(() => toHant('土笋冻')); // first call loads and compiles OpenCC's dictionaries
    // Throughput on real prose: the five seed articles, paragraph by paragraph (also warms the JIT up).
    const seeds = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(seedDir, f), 'utf8').split(/\n\s*\n/));
    const seedChars = seeds.reduce((n, p) => n + p.length, 0);
    const seedMs = time(() => seeds.forEach((p) => toHant(p)));
    // Cold: every string is new to the converter (toHant remembers what it has converted, as a build benefits from).
    const exhibitChars = JSON.stringify(exhibits).length;
    const exhibitsMs = time(() => toHantDeep(exhibits));
    const centerText = centers.map((c) => [
      c.name,
      c.summary,
      ...c.services.flatMap((s) => [s.name, s.description ?? '']),
    ]);
    const perCenterMs = time(() => toHantDeep(centerText)) / centers.length;
    const warmMs = time(() => toHantDeep(exhibits));
    const msPerExhibit = exhibitsMs / exhibits.length;
    const per10k = (perCenterMs * 10_000) / 1000;
    ctx.log(`${exhibits.length} exhibits (${exhibitChars} chars of JSON), ${centers.length} centers`);

    return [
      {
        title: 'i18n: 简体 → 繁體 conversion at build time (OpenCC cn→tw + phrase table)',
        columns: ['what', 'measured'],
        rows: [
          ['dictionary load + first conversion', `${initMs.toFixed(0)} ms`],
          [`all ${exhibits.length} exhibits, every field`, `${exhibitsMs.toFixed(1)} ms`],
          ['per exhibit', `${msPerExhibit.toFixed(2)} ms`],
          ['per center (name, summary, services)', `${perCenterMs.toFixed(2)} ms`],
          ['10,000 centers, extrapolated', `${per10k.toFixed(1)} s`],
          ['all exhibits again (remembered)', `${warmMs.toFixed(1)} ms`],
          [
            `throughput on the ${seeds.length} paragraphs of the seed articles`,
            `${(((seedChars / seedMs) * 1000) / 1e3).toFixed(0)} k chars/s`,
          ],
        ],
        targets: [
          {
            name: 'dictionary load',
            target: `< ${targets.initMs} ms`,
            measured: `${initMs.toFixed(0)} ms`,
            ok: initMs < targets.initMs,
          },
          {
            name: 'per exhibit',
            target: `< ${targets.msPerExhibit} ms`,
            measured: `${msPerExhibit.toFixed(2)} ms`,
            ok: msPerExhibit < targets.msPerExhibit,
          },
          {
            name: '10,000 center summaries',
            target: `< ${targets.secondsPer10kCenters} s`,
            measured: `${per10k.toFixed(1)} s`,
            ok: per10k < targets.secondsPer10kCenters,
          },
        ],
      },
    ];
  },
};

export default part;
