// CLI: runs every benchmark part in scripts/bench/ (or those named) and prints one table per measurement.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchPart, BenchTable } from './bench/types.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const workDir = resolve('.tmp/bench');
mkdirSync(workDir, { recursive: true });

const partFiles = readdirSync(resolve('scripts/bench')).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort();
const parts: BenchPart[] = [];
for (const file of partFiles) {
  const mod = (await import(resolve('scripts/bench', file))) as { default: BenchPart };
  if (!only.length || only.includes(mod.default.name)) parts.push(mod.default);
}

export function renderTable(table: BenchTable): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  const line = (r: string[]) => `| ${r.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  const out = [`### ${table.title}`, '', line(table.columns), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)];
  if (table.targets?.length) {
    out.push('', ...table.targets.map((t) => `- ${t.ok ? 'ok  ' : 'MISS'} ${t.name}: target ${t.target}, measured ${t.measured}`));
  }
  return out.join('\n');
}

const started = Date.now();
const tables: BenchTable[] = [];
for (const part of parts) {
  console.error(`bench: ${part.name} …`);
  const partStarted = Date.now();
  tables.push(...(await part.run({ workDir, quick, log: (m) => console.error(`  ${part.name}: ${m}`) })));
  console.error(`bench: ${part.name} done in ${((Date.now() - partStarted) / 1000).toFixed(0)} s`);
}
const report = tables.map(renderTable).join('\n\n');
console.log(`\n${report}\n`);
writeFileSync(resolve(workDir, 'report.md'), `${report}\n`);
const missed = tables.flatMap((t) => t.targets ?? []).filter((t) => !t.ok);
console.log(`bench: ${parts.length} parts, ${tables.length} tables in ${((Date.now() - started) / 1000).toFixed(0)} s; ${missed.length ? `${missed.length} target(s) missed` : 'all targets met'} (report: .tmp/bench/report.md)`);
