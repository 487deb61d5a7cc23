// Reads shared/geo/places.csv (admin codes and WGS-84 points with their precision) into typed rows.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.ts';

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
