// Building blocks of the open data: RFC 4180 cells, name-based UUIDs, and exports built from the real content tree.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { csvCell, toCsv } from '../../src/lib/open-data/csv-write.ts';
import { indexHistory } from '../../src/lib/citations/history.node.ts';
import {
  centersCsv,
  centersGeoJson,
  centersJson,
  servicesHsds,
  uuidV5,
  type ExportContext,
} from '../../src/lib/open-data/exports.node.ts';
import { centersJsonSchema, checkGeoJson, hsdsSchema } from '../../src/lib/open-data/schemas.ts';
import { siteDataOf } from '../support/site-data.ts';

describe('csv', () => {
  it('quotes only cells that need it and doubles inner quotes (RFC 4180 2.6, 2.7)', () => {
    expect(csvCell('安平社区')).toBe('安平社区');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('安平社区"党建+"邻里中心')).toBe('"安平社区""党建+""邻里中心"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('writes BOM, CRLF, and reads back to the same cells', () => {
    const rows = [
      ['1', 'a,"b"', 'c\r\nd'],
      ['2', '', '邻里'],
    ];
    const text = toCsv(['id', 'x', 'y'], rows);
    expect(text.startsWith('\uFEFFid,x,y\r\n')).toBe(true);
    expect(parseCsv(text.slice(1)).filter((r) => r.some(Boolean))).toEqual([['id', 'x', 'y'], ...rows]);
  });

  it('refuses rows that do not match the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells but the header has 2/);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('exports from the content tree', () => {
  const data = siteDataOf();
  const ctx: ExportContext = {
    data,
    site: 'https://linli-ditu.example.org',
    history: indexHistory([], 'unavailable', 'test'),
    generated: '2026-11-24T00:00:00.000Z',
  };

  it('validate against their schemas and keep unknown dates as null, not invented', () => {
    const json = centersJsonSchema.parse(centersJson(ctx));
    expect(json.centers.every((c) => c.lastChanged === null)).toBe(true);
    expect(checkGeoJson(centersGeoJson(ctx))).toEqual([]);
    expect(hsdsSchema.safeParse(servicesHsds(ctx)).error?.issues.slice(0, 3)).toBeUndefined();
  });

  it('leaves the last_changed column empty when history is unknown, and has one row per center', () => {
    const rows = parseCsv(centersCsv(ctx).slice(1)).filter((r) => r.some(Boolean));
    const col = rows[0]!.indexOf('last_changed');
    expect(rows).toHaveLength(data.centers.length + 1);
    expect(rows.slice(1).every((r) => r[col] === '')).toBe(true);
  });

  it('flags approximate points in GeoJSON exactly where the content says the point is not the center', () => {
    const geo = centersGeoJson(ctx);
    for (const f of geo.features)
      expect(f.properties.approximate).toBe(!['point', 'unknown'].includes(f.properties.precision));
  });
});
