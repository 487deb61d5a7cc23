// The built site for journalists: every JSON-LD block parses, footnotes reach their locator, citations, dates,
// history, sitemap, robots.txt and Open Graph tags are all there.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { fileFor, htmlFiles, urlOf } from '../../scripts/lib/dist-checks.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const tree = loadContentTree(resolve(process.env.CONTENT_ROOT ?? '.'));
const ids = (collection: string) => tree.entries.filter((e) => e.collection === collection).map((e) => e.id);
const pages = htmlFiles(dist).map((file) => ({ file, path: urlOf(dist, file), html: readFileSync(file, 'utf8') }));
const pageAt = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} was not built`);
  return page;
};
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const jsonLdBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
type Node = { '@type'?: string | string[]; '@context'?: string; '@graph'?: Node[]; [key: string]: unknown };
const nodesOf = (doc: Node): Node[] => (doc['@graph'] ? doc['@graph'] : [doc]);
const typeOf = (n: Node) => [n['@type']].flat();

describe('JSON-LD', () => {
  const blocks = pages.flatMap((p) => jsonLdBlocks(p.html).map((text) => ({ path: p.path, text })));

  it('every block on every page parses and has @context schema.org and a @type on every node', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const { path, text } of blocks) {
      let doc: Node;
      try {
        doc = JSON.parse(text) as Node;
      } catch (error) {
        throw new Error(`${path}: JSON-LD does not parse: ${String(error)}`, { cause: error });
      }
      expect(doc['@context'], path).toBe('https://schema.org');
      for (const node of nodesOf(doc))
        expect(typeOf(node).filter(Boolean).length, `${path} node without @type`).toBeGreaterThan(0);
    }
  });

  it('each center page describes a CivicStructure with geo, its precision, and GovernmentServices', () => {
    for (const slug of ids('centers')) {
      const content = tree.entries.find((e) => e.collection === 'centers' && e.id === slug)!.data as {
        location: { precision: string };
        services: unknown[];
      };
      const nodes = jsonLdBlocks(pageAt(`/centers/${slug}/`).html).flatMap((t) => nodesOf(JSON.parse(t) as Node));
      const place = nodes.find((n) => typeOf(n).includes('CivicStructure'));
      expect(place, slug).toBeDefined();
      const approx = (place!.additionalProperty as { propertyID?: string; value: unknown }[]).find(
        (p) => p.propertyID === 'coordinateApproximate',
      );
      expect(approx?.value, slug).toBe(!['point', 'unknown'].includes(content.location.precision));
      if (content.location.precision !== 'unknown') {
        const geo = place!.geo as { latitude: number; longitude: number; description: string };
        expect(typeof geo.latitude).toBe('number');
        if (approx?.value) expect(geo.description, slug).toContain('近似');
      }
      expect(
        nodes.filter((n) => typeOf(n).includes('GovernmentService')),
        slug,
      ).toHaveLength(content.services.length);
    }
  });

  it('region pages describe an AdministrativeArea', () => {
    for (const slug of ids('regions')) {
      const nodes = jsonLdBlocks(pageAt(`/regions/${slug}/`).html).flatMap((t) => nodesOf(JSON.parse(t) as Node));
      expect(
        nodes.some((n) => typeOf(n).includes('AdministrativeArea')),
        slug,
      ).toBe(true);
    }
  });
});

describe('footnotes', () => {
  const refPattern = /<a [^>]*class="source-ref[^"]*"[^>]*>/g;

  it('every footnote on center and region pages leads to an element on the source page that shows its locator', () => {
    let checked = 0;
    for (const page of pages.filter((p) => /^\/(centers|regions)\/[^/]+\/$/.test(p.path))) {
      for (const tag of page.html.match(refPattern) ?? []) {
        const href = /\shref="(\/sources\/[^"#]+\/#[^"]+)"/.exec(tag)?.[1];
        expect(href, `${page.path}: ${tag} must link to a source page and anchor`).toBeDefined();
        const [path, anchor] = href!.split('#') as [string, string];
        const locator = decode(/\sdata-locator="([^"]*)"/.exec(tag)![1]!).trim();
        const target = pageAt(path).html;
        const at = target.indexOf(`id="${anchor}"`);
        expect(at, `${page.path} → ${href}`).toBeGreaterThan(0);
        const block = target.slice(at, target.indexOf('</li>', at));
        expect(decode(block), `${page.path} → ${href} shows "${locator}"`).toContain(`>${locator}</mark>`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(ids('centers').length);
  });

  it('source pages link back to the citing fact, and every such anchor exists', () => {
    const source = pageAt('/sources/jinri-anhai-star-centers/').html;
    const backLinks = [...source.matchAll(/<a href="(\/(?:centers|regions|exhibits)\/[^"#]+\/)#([^"]+)"/g)];
    expect(backLinks.length).toBeGreaterThan(10);
    for (const [, path, anchor] of backLinks)
      expect(pageAt(path!).html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
  });
});

describe('citations, dates and history', () => {
  it('every center, region and exhibit page has a cite box, dates, and its three citation files and history page', () => {
    for (const kind of ['centers', 'regions', 'exhibits'])
      for (const slug of ids(kind)) {
        const html = pageAt(`/${kind}/${slug}/`).html;
        expect(html, `${kind}/${slug} cite box`).toContain('data-cite-box');
        expect(html, `${kind}/${slug} dates`).toContain('data-page-dates');
        for (const ext of ['bib', 'ris', 'json'])
          expect(existsSync(join(dist, kind, slug, `cite.${ext}`)), `${kind}/${slug}/cite.${ext}`).toBe(true);
        const csl = JSON.parse(readFileSync(join(dist, kind, slug, 'cite.json'), 'utf8')) as {
          URL: string;
          type: string;
        }[];
        expect(csl[0]).toMatchObject({ type: 'webpage', URL: `https://linli-ditu.example.org/${kind}/${slug}/` });
        expect(fileFor(dist, `/${kind}/${slug}/history/`), `${kind}/${slug}/history/`).toBeDefined();
      }
  });

  it('the GB/T text on a center page follows the [EB/OL] pattern with its permanent URL', () => {
    const html = pageAt('/centers/anping/').html;
    const gbt = decode(/data-cite-format="gbt"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!.replace(/<[^>]+>/g, ''));
    expect(gbt).toMatch(
      /^邻里地图\. 安平社区"党建\+"邻里中心\[EB\/OL\]\. (?:\(\d{4}-\d{2}-\d{2}\))?\[\d{4}-\d{2}-\d{2}\]\. https:\/\/linli-ditu\.example\.org\/centers\/anping\/\.$/,
    );
  });

  it('/changes/ lists commits and /changes.xml is an Atom feed with one entry per listed change (up to 50)', () => {
    const changes = pageAt('/changes/').html;
    const listed = [...changes.matchAll(/<li class="[^"]*" id="c-[0-9a-f]{12}"/g)].length;
    const atom = readFileSync(join(dist, 'changes.xml'), 'utf8');
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    for (const tag of ['id', 'title', 'updated', 'author']) expect(atom).toContain(`<${tag}>`);
    expect((atom.match(/<entry>/g) ?? []).length).toBe(Math.min(50, listed));
    expect((atom.match(/<entry>/g) ?? []).length).toBe((atom.match(/<\/entry>/g) ?? []).length);
  });
});

describe('sitemap, robots.txt, canonical and Open Graph', () => {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('the sitemap lists every indexable page that exists, and no noindex page', () => {
    for (const path of locs) expect(fileFor(dist, path), path).toBeDefined();
    const indexable = pages.filter(
      (p) =>
        !/<meta name="robots" content="noindex"/.test(p.html) && p.path !== '/404.html' && !p.path.startsWith('/404'),
    );
    expect(new Set(locs)).toEqual(new Set(indexable.map((p) => p.path)));
    for (const slug of ids('centers')) expect(locs).toContain(`/centers/${slug}/`);
    expect(locs).not.toContain('/centers/anping/print/');
  });

  it('robots.txt points at the sitemap by absolute URL', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https:\/\/linli-ditu\.example\.org\/sitemap\.xml$/m,
    );
  });

  it('every page has a canonical URL and Open Graph title, description, url (= canonical), type and locale', () => {
    for (const { path, html } of pages.filter((p) => !p.path.startsWith('/404'))) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toBeDefined();
      for (const prop of ['og:title', 'og:description', 'og:type', 'og:locale'])
        expect(html, `${path} ${prop}`).toMatch(new RegExp(`<meta property="${prop}" content="[^"]+"`));
      expect(/<meta property="og:url" content="([^"]+)"/.exec(html)?.[1], path).toBe(canonical);
    }
    expect(pageAt('/centers/anping/').html).toContain('<meta property="og:type" content="article"');
  });
});
