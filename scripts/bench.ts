// CLI: runs every benchmark part in scripts/bench/ (or those named) and prints one table per measurement.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchPart, BenchTable } from './bench/types.ts';
import { cliArgs } from './lib/cli-args.ts';
import { renderTable } from './lib/markdown-table.ts';

const {
  positionals: only,
  values: { quick = false },
} = cliArgs({
  name: 'bench',
  usage: `usage: npm run bench [-- PART …] [--quick]

  Runs every benchmark part in scripts/bench/ (or only the PARTs named, e.g. map search) and prints their tables.
  --quick  smaller synthetic sites, for a smoke run`,
  options: { quick: { type: 'boolean' } },
  positionals: Infinity,
});
const workDir = resolve('.tmp/bench');
mkdirSync(workDir, { recursive: true });

const partFiles = readdirSync(resolve('scripts/bench'))
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .sort();
const parts: BenchPart[] = [];
for (const file of partFiles) {
  const mod = (await import(resolve('scripts/bench', file))) as { default: BenchPart };
  if (!only.length || only.includes(mod.default.name)) parts.push(mod.default);
}

/** The table, then one line per target. */
function renderBenchTable(table: BenchTable): string {
  const targets = (table.targets ?? []).map(
    (t) => `- ${t.ok ? 'ok  ' : 'MISS'} ${t.name}: target ${t.target}, measured ${t.measured}`,
  );
  return [renderTable(table.title, table.columns, table.rows), ...(targets.length ? ['', ...targets] : [])].join('\n');
}

const started = Date.now();
const tables: BenchTable[] = [];
for (const part of parts) {
  console.error(`bench: ${part.name} …`);
  const partStarted = Date.now();
  tables.push(...(await part.run({ workDir, quick, log: (m) => console.error(`  ${part.name}: ${m}`) })));
  console.error(`bench: ${part.name} done in ${((Date.now() - partStarted) / 1000).toFixed(0)} s`);
}
const report = tables.map(renderBenchTable).join('\n\n');
console.log(`\n${report}\n`);
writeFileSync(resolve(workDir, 'report.md'), `${report}\n`);
const missed = tables.flatMap((t) => t.targets ?? []).filter((t) => !t.ok);
console.log(
  `bench: ${parts.length} parts, ${tables.length} tables in ${((Date.now() - started) / 1000).toFixed(0)} s; ${missed.length ? `${missed.length} target(s) missed` : 'all targets met'} (report: .tmp/bench/report.md)`,
);
