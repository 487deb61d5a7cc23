// templateSample: small sites validate every page; large ones a spread of every template, none skipped.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSample, withoutLargePages } from '../../scripts/lib/html-sample.ts';

const dist = '/d';
const site = (centers: number) => [
  join(dist, 'index.html'),
  join(dist, 'data/index.html'),
  ...Array.from({ length: centers }, (_, i) => join(dist, `centers/c${i}/index.html`)),
  ...Array.from({ length: centers }, (_, i) => join(dist, `centers/c${i}/print/index.html`)),
  ...Array.from({ length: centers }, (_, i) => join(dist, `en/centers/c${i}/index.html`)),
  join(dist, 'centers/index.html'),
];

describe('templateSample', () => {
  it('validates everything up to the limit', () => {
    expect(templateSample(dist, site(100), 1000)).toBeUndefined();
  });

  it('on a large site keeps every one-off page and a spread of each entry template', () => {
    const files = site(1000);
    const chosen = templateSample(dist, files, 1000, 10)!;
    for (const single of ['index.html', 'data/index.html', 'centers/index.html'])
      expect(chosen.has(join(dist, single))).toBe(true);
    const of = (re: RegExp) => [...chosen].filter((f) => re.test(f));
    expect(of(/^\/d\/centers\/c\d+\/index\.html$/)).toHaveLength(10);
    expect(of(/\/print\//)).toHaveLength(10);
    expect(of(/^\/d\/en\/centers\//)).toHaveLength(10);
    expect(chosen.has(join(dist, 'centers/c0/print/index.html'))).toBe(true);
    expect(chosen.has(join(dist, 'centers/c999/print/index.html'))).toBe(true);
    expect(chosen.size).toBe(33);
  });
});

describe('withoutLargePages', () => {
  it('leaves out of the sample exactly the pages over the size limit, and names them', () => {
    const sizes: Record<string, number> = {
      '/d/a.html': 10,
      '/d/b.html': 2_000_000,
      '/d/c.html': 1_048_576,
      '/d/d.html': 1_048_577,
    };
    const { keep, large } = withoutLargePages(new Set(Object.keys(sizes)), (f) => sizes[f]!, 1_048_576);
    expect([...keep].sort()).toEqual(['/d/a.html', '/d/c.html']);
    expect(large.sort()).toEqual(['/d/b.html', '/d/d.html']);
  });
});
