// CLI: writes a synthetic content tree (npm run gen:synthetic -- --count 1000 --out .tmp/synthetic-1000).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateSite } from './lib/synthetic.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const count = Number(arg('count', '1000'));
if (!Number.isInteger(count) || count < 1) {
  console.error(`gen-synthetic: --count must be a whole number ≥ 1, got '${arg('count', '')}'`);
  process.exit(1);
}
const out = resolve(arg('out', `.tmp/synthetic-${count}`));
rmSync(resolve(out, 'content'), { recursive: true, force: true });
const files = generateSite(count, Number(arg('seed', '42')));
let written = 0;
for (const file of files) {
  const full = resolve(out, file.path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, file.text);
  if (++written % 2000 === 0) console.error(`gen-synthetic: ${written}/${files.length} files`);
}
console.log(`gen-synthetic: ${count} centers, ${files.length} files → ${out} (build it with CONTENT_ROOT=${out})`);
