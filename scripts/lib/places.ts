// Reads shared/geo/places.csv (admin codes and WGS-84 points with their precision) into typed rows.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PlaceRow {
  name: string;
  level: string;
  parent: string;
  fullName: string;
  code: string;
  lat: number;
  lng: number;
  precision: string;
  coordSource: string;
  codeSource: string;
  note: string;
}

/** Finds shared/geo/places.csv beside the checkout (CI puts shared/ next to the repository). */
export const placesPath = (root = process.cwd()) => {
  const candidates = [resolve(root, '../shared/geo/places.csv'), resolve(root, 'shared/geo/places.csv')];
  return candidates.find((p) => existsSync(p));
};

/** RFC 4180 parsing: quoted fields, doubled quotes inside them, LF or CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

export function readPlaces(path: string): PlaceRow[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  return rows.map((r) => ({
    name: r[col('name')]!,
    level: r[col('level')]!,
    parent: r[col('parent')]!,
    fullName: r[col('full_name')]!,
    code: r[col('code')]!,
    lat: Number(r[col('lat')]),
    lng: Number(r[col('lon')]),
    precision: r[col('precision')]!,
    coordSource: r[col('coord_source')]!,
    codeSource: r[col('code_source')]!,
    note: r[col('note')]!,
  }));
}
