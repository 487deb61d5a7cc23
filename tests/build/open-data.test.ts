// Parses every /data/ export of the built site and validates it: zod schemas, RFC 7946, RFC 4180 with BOM, data package.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { loadContentTree } from '../../src/lib/content/tree.node.ts';
import { csvColumns } from '../../src/lib/open-data/exports.node.ts';
import {
  centersJsonSchema,
  checkGeoJson,
  dataPackageSchema,
  geoPropertiesSchema,
  hsdsSchema,
} from '../../src/lib/open-data/schemas.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const tree = loadContentTree(resolve(process.env.CONTENT_ROOT ?? '.'));
const centers = tree.entries.filter((e) => e.collection === 'centers');
const sourceSlugs = new Set(tree.entries.filter((e) => e.collection === 'sources').map((e) => e.id));
const bytes = (file: string) => readFileSync(join(dist, 'data', file));
const json = (file: string): unknown => JSON.parse(bytes(file).toString('utf8'));

describe('/data/centers.csv', () => {
  const raw = bytes('centers.csv');
  const text = raw.toString('utf8');

  it('starts with the UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n').length).toBeGreaterThan(1);
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('has the documented header and one RFC 4180 record per center', () => {
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c !== ''));
    expect(rows[0]).toEqual(csvColumns.map((c) => c.name));
    expect(rows.length - 1).toBe(centers.length);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
    const slugCol = rows[0]!.indexOf('slug');
    expect(new Set(rows.slice(1).map((r) => r[slugCol]))).toEqual(new Set(centers.map((c) => c.id)));
    const sourcesCol = rows[0]!.indexOf('sources');
    for (const row of rows.slice(1)) {
      expect(row[sourcesCol], `${row[slugCol]} keeps its sources`).not.toBe('');
      for (const s of row[sourcesCol]!.split(' | ')) expect(sourceSlugs.has(s), s).toBe(true);
    }
  });
});

describe('/data/centers.json', () => {
  const parsed = centersJsonSchema.safeParse(json('centers.json'));

  it('matches its schema (the content schema plus url, region chain, dates and sources)', () => {
    expect(parsed.error?.issues.slice(0, 5)).toBeUndefined();
  });

  it('has every center, and every cited source is described in the file', () => {
    const data = parsed.data!;
    expect(data.centers.map((c) => c.slug).sort()).toEqual(centers.map((c) => c.id).sort());
    const described = new Set(data.sources.map((s) => s.slug));
    for (const c of data.centers)
      for (const s of c.sources) expect(described.has(s), `${c.slug} cites ${s}`).toBe(true);
    for (const c of data.centers) for (const f of c.facts) expect(f.locator.length).toBeGreaterThan(1);
  });
});

describe('/data/centers.geojson', () => {
  const geo = json('centers.geojson') as {
    features: { id: string; geometry: { coordinates: number[] } | null; properties: unknown }[];
  };

  it('is an RFC 7946 FeatureCollection of points in longitude, latitude order', () => {
    expect(checkGeoJson(geo)).toEqual([]);
    for (const f of geo.features.filter((x) => x.geometry)) {
      const [lng, lat] = f.geometry!.coordinates as [number, number];
      // In China longitude (73–135) is always larger than latitude (18–54): swapped axes would show here.
      expect(lng, `${f.id} longitude first`).toBeGreaterThan(lat);
    }
  });

  it('keeps every center, with its precision, an approximate flag that agrees with it, and its sources', () => {
    expect(geo.features).toHaveLength(centers.length);
    for (const f of geo.features) {
      const p = geoPropertiesSchema.parse(f.properties);
      expect(p.approximate, f.id).toBe(!['point', 'unknown'].includes(p.precision));
      expect(f.geometry === null, f.id).toBe(p.precision === 'unknown');
      const content = centers.find((c) => c.id === f.id)!.data as { location: { precision: string } };
      expect(p.precision).toBe(content.location.precision);
    }
  });
});

describe('/data/services-hsds.json', () => {
  const parsed = hsdsSchema.safeParse(json('services-hsds.json'));
  // Parsed lazily inside each test, so a schema failure fails tests instead of stopping the whole file.
  const load = () => {
    if (!parsed.success)
      throw new Error(
        `services-hsds.json does not match the HSDS schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`,
      );
    return parsed.data;
  };

  it('has one organization and location per center and every service, each with its citation', () => {
    const hsds = load();
    expect(hsds.organization).toHaveLength(centers.length);
    expect(hsds.location).toHaveLength(centers.length);
    const services = centers.reduce((n, c) => n + (c.data as { services: unknown[] }).services.length, 0);
    expect(hsds.service).toHaveLength(services);
    expect(hsds.service_at_location).toHaveLength(services);
  });

  it('links resolve: organization, location, service, taxonomy term; ids unique', () => {
    const hsds = load();
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const orgs = ids(hsds.organization);
    const locs = ids(hsds.location);
    const svcs = ids(hsds.service);
    const sals = ids(hsds.service_at_location);
    const terms = ids(hsds.taxonomy_term);
    const all = [
      hsds.organization,
      hsds.service,
      hsds.location,
      hsds.service_at_location,
      hsds.schedule,
      hsds.phone,
      hsds.taxonomy_term,
      hsds.attribute,
    ]
      .flat()
      .map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const s of hsds.service) expect(orgs.has(s.organization_id)).toBe(true);
    for (const l of hsds.location) expect(orgs.has(l.organization_id)).toBe(true);
    for (const x of hsds.service_at_location) expect(svcs.has(x.service_id) && locs.has(x.location_id)).toBe(true);
    for (const x of hsds.schedule) expect(svcs.has(x.service_id) && sals.has(x.service_at_location_id)).toBe(true);
    for (const a of hsds.attribute) expect(svcs.has(a.link_id) && terms.has(a.taxonomy_term_id)).toBe(true);
    for (const t of hsds.taxonomy_term) expect(t.taxonomy_id).toBe(hsds.taxonomy[0]!.id);
    const described = new Set(hsds.x_sources.map((x) => x.slug));
    for (const record of [...hsds.organization, ...hsds.service, ...hsds.schedule, ...hsds.phone])
      for (const ref of record.x_sources)
        expect(described.has(ref.source), `${record.id} cites ${ref.source}`).toBe(true);
  });

  it('gives coordinates only to locations known to the point', () => {
    const hsds = load();
    const exact = centers.filter(
      (c) => (c.data as { location: { precision: string } }).location.precision === 'point',
    ).length;
    expect(hsds.location.filter((l) => l.latitude !== undefined)).toHaveLength(exact);
  });
});

describe('/data/datapackage.json', () => {
  const load = () => dataPackageSchema.parse(json('datapackage.json'));

  it('has the required keys, CC BY 4.0 and the geo data and articles as sources', () => {
    const pkg = load();
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.sources.some((s) => s.path.includes('Vonng/adcode'))).toBe(true);
    expect(pkg.sources.length).toBeGreaterThanOrEqual(2 + sourceSlugs.size);
  });

  it('lists resources whose paths all exist, and the CSV schema matches the CSV header', () => {
    const pkg = load();
    for (const r of pkg.resources) expect(existsSync(join(dist, 'data', r.path)), r.path).toBe(true);
    const csv = pkg.resources.find((r) => r.format === 'csv')!;
    const header = parseCsv(
      bytes('centers.csv')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )[0];
    expect(csv.schema!.fields.map((f) => f.name)).toEqual(header);
  });
});
