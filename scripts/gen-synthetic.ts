// CLI: writes a synthetic content tree (npm run gen:synthetic -- --count 1000 --out .tmp/synthetic-1000).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cliArgs } from './lib/cli-args.ts';
import { generateSite } from './lib/synthetic.ts';

const { values } = cliArgs({
  name: 'gen-synthetic',
  usage: `usage: npm run gen:synthetic -- [--count N] [--out DIR] [--seed N]

  --count  how many centers (default 1000)
  --out    the folder to write content/ into (default .tmp/synthetic-N)
  --seed   the random seed (default 42): the same seed gives the same tree`,
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`gen-synthetic: --count must be a whole number ≥ 1, got '${values.count}'`);
  process.exit(1);
}
const out = resolve(values.out ?? `.tmp/synthetic-${count}`);
rmSync(resolve(out, 'content'), { recursive: true, force: true });
const files = generateSite(count, Number(values.seed));
let written = 0;
for (const file of files) {
  const full = resolve(out, file.path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, file.text);
  if (++written % 2000 === 0) console.error(`gen-synthetic: ${written}/${files.length} files`);
}
console.log(`gen-synthetic: ${count} centers, ${files.length} files → ${out} (build it with CONTENT_ROOT=${out})`);
