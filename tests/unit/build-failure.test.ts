// A failed build leaves nothing half-built: the previous output stays exactly as it was, no staging folder remains.
// Each step after the staging folder exists is made to fail in turn: stand-in `astro` and `pagefind` commands
// put first on PATH write into the staging folder (as the real ones do) and then fail, or build a site that the
// real built-site checks reject.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { treeWith } from '../support/fixture-tree.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

let root: string;
let out: string;
let bin: string;
/** Each stand-in command appends the folder it was told to write to here. */
let calls: string;

beforeEach(() => {
  const tree = treeWith();
  cleanups.push(tree.cleanup);
  root = tree.root;
  out = join(root, 'out');
  bin = join(root, 'bin');
  calls = join(root, 'calls.log');
  mkdirSync(join(out, 'centers/anping'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previous build');
  writeFileSync(join(out, 'centers/anping/index.html'), 'previous center page');
  mkdirSync(bin);
});

/** Every file under a folder with its text: the whole previous build, to compare before and after. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [relative(dir, join(dir, f)), readFileSync(join(dir, f), 'utf8')]),
  );

const standIn = (name: string, script: string) => {
  writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, name), 0o755);
};

/** astro: writes a two-page site (one region, no centers, a dead link) into $OUT_DIR, then exits with `exit`. */
const astro = (exit: number) =>
  standIn(
    'astro',
    `echo "$OUT_DIR" >> "${calls}"
mkdir -p "$OUT_DIR/regions/anping"
printf '<!doctype html><html lang="zh-CN"><head><title>t</title><meta name="description" content="d"></head><body><main><h1>安平</h1><a href="/nowhere/">x</a></main></body></html>' > "$OUT_DIR/regions/anping/index.html"
cp "$OUT_DIR/regions/anping/index.html" "$OUT_DIR/index.html"
exit ${exit}`,
  );

/** pagefind --site DIR …: starts an index in DIR, then fails. */
const failingPagefind = () =>
  standIn(
    'pagefind',
    `echo "$2" >> "${calls}"\nmkdir -p "$2/pagefind" && echo partial > "$2/pagefind/pagefind.js"\nexit 4`,
  );

function build() {
  const before = snapshot(out);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CONTENT_ROOT: root,
      OUT_DIR: out,
      CACHE_DIR: join(root, 'cache'),
    },
  });
  return { ...result, before };
}

/** The failure came after staging: the stand-ins were run on the staging folder, which is gone again. */
function expectNothingHalfBuilt(result: ReturnType<typeof build>, steps: number) {
  expect(result.status).toBe(1);
  expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual(Array(steps).fill(`${out}.staging`));
  expect(snapshot(out)).toEqual(result.before);
  expect(existsSync(`${out}.staging`)).toBe(false);
  expect(result.stderr).toContain(`was left as it was before this build.`);
}

describe('npm run build that fails after staging', () => {
  it('in astro build: exits 1 and leaves the previous output exactly as it was', () => {
    astro(3);
    const result = build();
    expect(result.stderr).toContain('build: FAILED — astro build exited with 3');
    expectNothingHalfBuilt(result, 1);
  });

  it('in Pagefind: exits 1 and leaves the previous output exactly as it was', () => {
    astro(0);
    failingPagefind();
    const result = build();
    expect(result.stderr).toMatch(/build: FAILED — pagefind --site \S+ --glob \S+ --silent exited with 4/);
    expectNothingHalfBuilt(result, 2);
  });

  it('in the built-site checks: names the problems, exits 1 and leaves the previous output exactly as it was', () => {
    astro(0); // The real Pagefind indexes the page; the real checks find the content pages missing and a dead link.
    const result = build();
    expect(result.stderr).toContain('/centers/anping/: was not built');
    expect(result.stderr).toContain('links to /nowhere/, which does not exist');
    expect(result.stderr).toMatch(/build: FAILED — \d+ problems in the built site/);
    expectNothingHalfBuilt(result, 1);
  });
});

describe('npm run build on malformed content', () => {
  it('stops before staging, names the problem, and leaves the previous output untouched', () => {
    const tree = treeWith('unknown-source');
    cleanups.push(tree.cleanup);
    const malformedOut = join(tree.root, 'out');
    mkdirSync(malformedOut);
    writeFileSync(join(malformedOut, 'index.html'), 'previous build');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: tree.root, OUT_DIR: malformedOut, CACHE_DIR: join(tree.root, 'cache') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("`services[0].source` refers to source 'reprot'");
    expect(result.stderr).toContain('build: FAILED — 1 content problem');
    expect(readFileSync(join(malformedOut, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(`${malformedOut}.staging`)).toBe(false);
  });
});
