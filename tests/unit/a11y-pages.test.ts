// Page types by URL shape, and the sample the browser gates take: one page of every type, new types included.
import { describe, expect, it } from 'vitest';
import { pageType, samplePages } from '../../src/lib/a11y-pages.ts';
import { ELDER_CLASS, ELDER_KEY, JS_CLASS, elderHeadScript, isElderValue } from '../../src/lib/a11y-elder.ts';
import { cspDirectives, headersFor, parseHeadersFile, scriptResources, tileOriginsOf } from '../../src/lib/csp.ts';

describe('pageType', () => {
  it.each([
    ['/', '/'],
    ['/centers/', '/centers/'],
    ['/centers/anping/', '/centers/*/'],
    ['/centers/anping/print/', '/centers/*/*/'],
    ['/regions/anhai/', '/regions/*/'],
    ['/en/', '/en/'],
    ['/en/exhibits/xian/', '/en/exhibits/*/'],
    ['/zh-hant/centers/anping/', '/zh-hant/centers/*/'],
    ['/404.html', '/404.html'],
    ['/search/?q=x', '/search/'],
  ])('%s → %s', (url, type) => expect(pageType(url)).toBe(type));
});

describe('samplePages', () => {
  const pages = [
    { url: '/', bytes: 10 },
    { url: '/centers/a/', bytes: 100 },
    { url: '/centers/b/', bytes: 300 },
    { url: '/centers/c/', bytes: 200 },
    { url: '/brand-new/x/', bytes: 5 },
  ];
  it('takes the biggest page of each type, and every type, even one nobody listed', () => {
    expect(samplePages(pages)).toEqual([
      { type: '/', url: '/' },
      { type: '/brand-new/*/', url: '/brand-new/x/' },
      { type: '/centers/*/', url: '/centers/b/' },
    ]);
  });
  it('with two per type, adds the smallest', () => {
    expect(
      samplePages(pages, 2)
        .filter((s) => s.type === '/centers/*/')
        .map((s) => s.url),
    ).toEqual(['/centers/b/', '/centers/a/']);
  });
});

describe('长辈模式 head script', () => {
  it('uses the same key and classes as the toggle', () => {
    expect(elderHeadScript).toContain(`'${ELDER_KEY}'`);
    expect(elderHeadScript).toContain(`add('${ELDER_CLASS}')`);
    expect(elderHeadScript).toContain(`add('${JS_CLASS}')`);
  });
  it('applies the class only for "on", and survives a storage that throws', () => {
    const run = (storage: () => string | null) => {
      const classes = new Set<string>();
      const doc = { documentElement: { classList: { add: (c: string) => classes.add(c) } } };
      const localStorage = { getItem: storage };
      new Function('document', 'localStorage', elderHeadScript)(doc, localStorage);
      return [...classes].sort();
    };
    expect(run(() => 'on')).toEqual(['elder', 'js']);
    expect(run(() => 'off')).toEqual(['js']);
    expect(run(() => null)).toEqual(['js']);
    expect(
      run(() => {
        throw new Error('SecurityError');
      }),
    ).toEqual(['js']);
    expect([isElderValue('on'), isElderValue('off'), isElderValue(null)]).toEqual([true, false, false]);
  });
});

describe('CSP', () => {
  it('allows tiles only from the configured basemap hosts, one origin per subdomain', () => {
    expect(tileOriginsOf({ kind: 'none' })).toEqual([]);
    const tiles = tileOriginsOf({
      kind: 'tiles',
      name: 't',
      attribution: 'a',
      crs: 'WGS-84',
      maxZoom: 18,
      layers: [{ url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?TILECOL={x}&tk=k', subdomains: '01' }],
    });
    expect(tiles).toEqual(['https://t0.tianditu.gov.cn', 'https://t1.tianditu.gov.cn']);
    expect(cspDirectives(tiles)).toContain(
      "img-src 'self' data: https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn",
    );
    expect(cspDirectives([])).toContain("img-src 'self' data:");
  });
  it("lets Pagefind compile WebAssembly but never allows inline or eval'd scripts", () => {
    expect(scriptResources).toContain("'wasm-unsafe-eval'");
    expect(scriptResources.join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(cspDirectives().join(';')).not.toMatch(/unsafe-inline|unsafe-eval'/);
  });
  it('reads a _headers file the way Netlify and Cloudflare Pages do', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  X-B: 2\n/_astro/*\n  X-B: 3\n');
    expect(headersFor(rules, '/centers/a/')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(rules, '/_astro/x.js')).toEqual({ 'X-A': '1', 'X-B': '3' });
  });
});
