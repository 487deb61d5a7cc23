// Converts our WGS-84 points to what a basemap or app expects (GCJ-02, BD-09) and back, with gcoord.
import gcoord from 'gcoord';
import type { LatLng } from './geo.ts';

export type Crs = 'WGS-84' | 'GCJ-02' | 'BD-09';

const codes = { 'WGS-84': gcoord.WGS84, 'GCJ-02': gcoord.GCJ02, 'BD-09': gcoord.BD09 } as const;

/** A WGS-84 point in another coordinate system (gcoord leaves points outside China unshifted). */
export function fromWgs84(p: LatLng, to: Crs): LatLng {
  if (to === 'WGS-84') return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], codes['WGS-84'], codes[to]);
  return { lat, lng };
}

/** A point in `from` converted back to WGS-84, e.g. a click on a GCJ-02 basemap. */
export function toWgs84(p: LatLng, from: Crs): LatLng {
  if (from === 'WGS-84') return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], codes[from], codes['WGS-84']);
  return { lat, lng };
}
