// A failed build leaves nothing half-built: the previous output stays, no staging folder remains.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { treeWith } from '../support/fixture-tree.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('npm run build on malformed content', () => {
  it('exits non-zero, names the problem, and leaves the previous dist untouched', () => {
    const tree = treeWith('unknown-source');
    cleanups.push(tree.cleanup);
    const out = join(tree.root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: tree.root, OUT_DIR: out, CACHE_DIR: join(tree.root, 'cache') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("`services[0].source` refers to source 'reprot'");
    expect(result.stderr).toContain('build: FAILED — 1 content problem');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});
