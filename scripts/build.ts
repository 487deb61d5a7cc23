// CLI: the production build. Validate → astro build → Pagefind → checks, in a staging folder that
// replaces OUT_DIR (default dist/) only when every step passed: nothing half-built is left to deploy.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '../src/schemas/errors.ts';
import { checkDist } from './lib/check-dist.ts';
import { loadContentTree } from '../src/lib/content/tree.node.ts';
import { pagefindGlob } from './lib/pagefind-glob.ts';

const out = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${out}.staging`;
const contentRoot = resolve(process.env.CONTENT_ROOT ?? '.');
const started = Date.now();
const step = (name: string) => console.log(`\nbuild: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const fail = (message: string): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nbuild: FAILED — ${message}. ${existsSync(out) ? `${out} was left as it was before this build.` : 'Nothing was written.'}`,
  );
  process.exit(1);
};

const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
};

step('validating content');
const tree = loadContentTree(contentRoot);
for (const problem of tree.problems) console.error(formatProblem(problem));
if (tree.problems.length)
  fail(`${tree.problems.length} content problem${tree.problems.length > 1 ? 's' : ''} (see above)`);
console.log(`validate: ${tree.fileCount} files OK`);

rmSync(staging, { recursive: true, force: true });
step('astro build');
run('astro', ['build'], { OUT_DIR: staging });
step('pagefind index');
run('pagefind', ['--site', staging, '--glob', pagefindGlob, '--silent']);
step('checking the built site');
const { problems, summary } = await checkDist(staging, contentRoot, tree);
for (const p of problems) console.error(`${p.page}: ${p.message}`);
if (problems.length) fail(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the built site (see above)`);
console.log(`check-dist: OK — ${summary}`);

rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`\nbuild: done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`);
