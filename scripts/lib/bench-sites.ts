// The sites the map and search bench parts measure: the real content and real + N synthetic centers, each built
// once (astro build + Pagefind) and reused by both parts until the code or the content changes; and the numbers
// their tables share.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BenchContext } from '../bench/types.ts';
import { pagefindGlob } from './pagefind-glob.ts';

export const listFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)],
      )
    : [];

/** A hash of the code (optionally) and content a build depends on, so an unchanged site is reused, not rebuilt. */
export function sourceHash(contentRoot: string, withCode = true): string {
  const h = createHash('sha256');
  const code = withCode ? [...listFiles(resolve('src')), resolve('astro.config.mjs'), resolve('package.json')] : [];
  for (const f of [...code, ...listFiles(join(contentRoot, 'content'))].sort())
    h.update(relative('.', f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/**
 * `astro build` + Pagefind into `<workDir>/site-<name>/dist`, unless the same sources were built there already.
 * Without scripts/build.ts's validation and link checks: they take minutes at 10,000 centers and measure nothing
 * these parts report (the build-scale part times the full build).
 */
export function buildSite(ctx: BenchContext, name: string, contentRoot: string): string {
  const dir = join(ctx.workDir, `site-${name}`);
  const out = join(dir, 'dist');
  const stamp = join(dir, 'source-hash');
  const hash = sourceHash(contentRoot);
  if (existsSync(join(out, 'pagefind/pagefind.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    ctx.log(`${name}: reusing ${relative('.', out)} (sources unchanged)`);
    return out;
  }
  const started = Date.now();
  ctx.log(`${name}: astro build → ${relative('.', out)} …`);
  const env = { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: out, CACHE_DIR: join(dir, 'cache') };
  const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (astro.status !== 0) {
    console.error(`${astro.stdout}${astro.stderr}`.split('\n').slice(-40).join('\n'));
    throw new Error(
      `bench: astro build of ${name} failed (exit ${astro.status}); by hand: CONTENT_ROOT=${contentRoot} OUT_DIR=${out} npx astro build`,
    );
  }
  ctx.log(`${name}: pagefind …`);
  const pagefind = spawnSync(
    resolve('node_modules/.bin/pagefind'),
    ['--site', out, '--glob', pagefindGlob, '--silent'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (pagefind.status !== 0) throw new Error(`bench: pagefind on ${out} failed (exit ${pagefind.status})`);
  writeFileSync(stamp, hash);
  ctx.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return out;
}

/**
 * A content tree of the real content plus `count` synthetic centers, generated once per generator version.
 * The real entries are needed: some pages are written around them (the 回乡 guide cites real sources and
 * exhibits), so synthetic centers alone do not build. Slugs cannot collide: synthetic ones start with syn-.
 */
export function syntheticContent(ctx: BenchContext, count: number): string {
  const dir = join(ctx.workDir, `content-real-plus-${count}`);
  const stamp = join(dir, 'generator-hash');
  const hash = createHash('sha256')
    .update(readFileSync('scripts/lib/synthetic.ts'))
    .update(readFileSync('scripts/gen-synthetic.ts'))
    .update(sourceHash(resolve('.'), false))
    .digest('hex');
  if (existsSync(join(dir, 'content/centers')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return dir;
  ctx.log(`generating ${count} synthetic centers …`);
  const gen = spawnSync(process.execPath, ['scripts/gen-synthetic.ts', '--count', String(count), '--out', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (gen.status !== 0) throw new Error(`bench: gen-synthetic --count ${count} failed (exit ${gen.status})`);
  const real = resolve('content');
  for (const f of listFiles(real)) {
    const to = join(dir, 'content', relative(real, f));
    mkdirSync(join(to, '..'), { recursive: true });
    copyFileSync(f, to);
  }
  writeFileSync(stamp, hash);
  return dir;
}

export interface BenchSite {
  name: string;
  dist: string;
  /** How many synthetic centers it has beside the real ones (0 for the real content alone). */
  synthetic: number;
}

/** The two sites the map and search parts measure: the real content, and real + 10,000 synthetic centers (1,000 with --quick). */
export function benchSites(ctx: BenchContext): [BenchSite, BenchSite] {
  const count = ctx.quick ? 1000 : 10_000;
  return [
    { name: 'real content', dist: buildSite(ctx, 'real', resolve(process.env.CONTENT_ROOT ?? '.')), synthetic: 0 },
    {
      name: `real + ${count} synthetic`,
      dist: buildSite(ctx, `real-plus-${count}`, syntheticContent(ctx, count)),
      synthetic: count,
    },
  ];
}

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Bytes as KB (1,024 bytes), one decimal, for the tables. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
