// A WGS-84 point and how precise it is: most places are only known at their town's or county's point.
import { z } from 'astro/zod';

export const precisionLevels = ['point', 'village', 'town', 'county', 'city', 'province', 'unknown'] as const;
export const precisionLabels: Record<(typeof precisionLevels)[number], string> = {
  point: '本身位置',
  village: '村（社区）位置',
  town: '所在乡镇（街道）位置',
  county: '所在区县位置',
  city: '所在城市位置',
  province: '所在省份位置',
  unknown: '位置未知',
};

/** A generous box around the People's Republic; a point outside it is a typo or swapped axes. */
export const chinaBounds = { minLat: 18, maxLat: 54, minLng: 73, maxLng: 135 } as const;

const inChina = (lat: number, lng: number) =>
  lat >= chinaBounds.minLat && lat <= chinaBounds.maxLat && lng >= chinaBounds.minLng && lng <= chinaBounds.maxLng;

export const locationSchema = z
  .strictObject({
    lat: z
      .number({ error: 'must be a number of decimal degrees' })
      .optional()
      .describe('Latitude, WGS-84 decimal degrees (north positive). Omit only when precision is unknown.'),
    lng: z
      .number({ error: 'must be a number of decimal degrees' })
      .optional()
      .describe('Longitude, WGS-84 decimal degrees (east positive). Omit only when precision is unknown.'),
    crs: z
      .literal('WGS-84', {
        error:
          'must be WGS-84: content stores WGS-84 only; convert GCJ-02 (高德/腾讯) or BD-09 (百度) points before entering them',
      })
      .describe('Coordinate system. Always WGS-84 in content; maps convert for display.'),
    precision: z
      .enum(precisionLevels, { error: `must be one of ${precisionLevels.join(', ')}` })
      .describe(
        "Whose point this really is: `point` for the place itself, `village`/`town`/`county`/`city`/`province` when only that unit's point is known, `unknown` when there is none.",
      ),
    source: z
      .string()
      .min(1)
      .describe('Where the point comes from, e.g. `shared/geo/places.csv` (Vonng/adcode, CC BY 4.0).'),
    note: z.string().optional().describe('Anything a reader should know, e.g. "shows 安海镇\'s point".'),
  })
  .superRefine((loc, ctx) => {
    const hasPoint = loc.lat !== undefined && loc.lng !== undefined;
    if (loc.precision === 'unknown') {
      if (loc.lat !== undefined || loc.lng !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['precision'],
          message: 'is unknown but lat/lng are given: set the precision of the point you have',
        });
      return;
    }
    if (!hasPoint) {
      ctx.addIssue({
        code: 'custom',
        path: [loc.lat === undefined ? 'lat' : 'lng'],
        message: 'is required unless precision is unknown',
      });
      return;
    }
    const { lat, lng } = loc as { lat: number; lng: number };
    if (inChina(lat, lng)) return;
    if (inChina(lng, lat)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `and lng look swapped (lat ${lat}, lng ${lng}): in China latitude is ${chinaBounds.minLat}–${chinaBounds.maxLat} and longitude ${chinaBounds.minLng}–${chinaBounds.maxLng}`,
      });
      return;
    }
    if (lat < chinaBounds.minLat || lat > chinaBounds.maxLat)
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `must lie in China (${chinaBounds.minLat}–${chinaBounds.maxLat}), got ${lat}`,
      });
    if (lng < chinaBounds.minLng || lng > chinaBounds.maxLng)
      ctx.addIssue({
        code: 'custom',
        path: ['lng'],
        message: `must lie in China (${chinaBounds.minLng}–${chinaBounds.maxLng}), got ${lng}`,
      });
  })
  .describe('A WGS-84 point with its precision. Copy it from shared/geo/places.csv by admin code.');

export type Location = z.infer<typeof locationSchema>;

/** True when the point stands for an enclosing unit (town, county …) rather than the place itself. */
export const isApproximate = (location: Pick<Location, 'precision'>) =>
  location.precision !== 'point' && location.precision !== 'unknown';
