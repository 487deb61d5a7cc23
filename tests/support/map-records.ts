// Hand-made regions and centers for the map data tests: just the fields the map code reads.
import type { Region } from '../../src/schemas/region.ts';

/** A location; `lat`/`lng` undefined for a place with no known point. */
export const loc = (lat: number | undefined, lng: number | undefined, precision: string) =>
  ({
    ...(lat !== undefined ? { lat } : {}),
    ...(lng !== undefined ? { lng } : {}),
    crs: 'WGS-84',
    precision,
    source: 'test',
  }) as Region['location'];

export const region = (
  slug: string,
  level: Region['level'],
  parent: string | undefined,
  location: Region['location'],
  name = slug,
) =>
  ({
    slug,
    name,
    level,
    ...(parent ? { parent } : {}),
    location,
    aliases: [],
    facts: [],
    lastChecked: '2026-01-01',
  }) as unknown as Region;
