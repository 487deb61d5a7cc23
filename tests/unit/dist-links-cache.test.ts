// checkLinks resolves each linked path once (a cache for large sites) and still reports every broken link and anchor.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/dist-checks.ts';

const dist = mkdtempSync(join(tmpdir(), 'dist-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string, body: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<html><body>${body}</body></html>`);
};

describe('checkLinks with many pages sharing links', () => {
  it("reports each page's broken link and missing anchor, however often the same target repeats", () => {
    page('', '<a href="/a/">a</a><a href="/gone/">x</a>');
    for (let i = 0; i < 30; i++)
      page(
        `p${i}`,
        `<a href="/a/">a</a><a href="/gone/">x</a><a href="/a/#here">h</a><a href="/a/#nowhere">n</a><a href="../a/">rel</a>`,
      );
    page('a', '<h2 id="here">here</h2>');
    const result = checkLinks(dist);
    expect(result.pages).toBe(32);
    const gone = result.problems.filter((p) => p.message === 'links to /gone/, which does not exist');
    expect(gone).toHaveLength(31);
    expect(new Set(gone.map((p) => p.page)).size).toBe(31);
    expect(
      result.problems.filter((p) => p.message === 'links to #nowhere on /a/, but there is no element with that id'),
    ).toHaveLength(30);
    expect(result.problems).toHaveLength(61);
  });
});
