// The origin ("you are here"): a chosen point marked on the map and framed with the nearest center, and clicks on
// the map that choose one.
import * as L from 'leaflet';
import { haversineMeters, type LatLng } from '../../lib/map/geo.ts';
import type { MapCenter } from '../../lib/map/codec.ts';
import type { MapBase } from './base.ts';

export interface Origin {
  /** The chosen point (WGS-84), once there is one. */
  point: () => LatLng | undefined;
  set: (p: LatLng, label: string, nearest?: MapCenter) => void;
  /** Called when someone clicks an empty spot of the map (WGS-84); only on the full map. */
  onPick: (cb: (p: LatLng) => void) => void;
}

interface Transforms {
  toDisplay: (p: LatLng) => LatLng;
  fromDisplay: (p: LatLng) => LatLng;
}

export function createOrigin(
  base: MapBase,
  centerZoom: number,
  mini: boolean,
  { toDisplay, fromDisplay }: Transforms,
): Origin {
  const { map, framePadding } = base;
  let origin: LatLng | undefined;
  let originMarker: L.Marker | undefined;
  const pickListeners: ((p: LatLng) => void)[] = [];
  if (!mini)
    map.on('click', (e) => {
      const p = fromDisplay({ lat: e.latlng.lat, lng: e.latlng.lng });
      for (const cb of pickListeners) cb(p);
    });

  const set = (p: LatLng, label: string, nearest?: MapCenter) => {
    origin = p;
    const d = toDisplay(p);
    originMarker?.remove();
    originMarker = L.marker([d.lat, d.lng], {
      icon: L.divIcon({
        className: 'map-origin',
        html: '<span class="map-origin-dot" aria-hidden="true"></span>',
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      }),
      keyboard: false,
      interactive: false,
      zIndexOffset: 2000,
    }).addTo(map);
    originMarker.getElement()?.setAttribute('aria-hidden', 'true');
    originMarker.getElement()?.setAttribute('title', label);
    const target = nearest?.point ? toDisplay(nearest.point) : undefined;
    if (target && haversineMeters(p, nearest!.point!) < 30_000)
      map.fitBounds(L.latLngBounds([d.lat, d.lng], [target.lat, target.lng]), { maxZoom: centerZoom, ...framePadding });
    else map.setView([d.lat, d.lng], Math.max(map.getZoom(), 13));
  };

  return { point: () => origin, set, onPick: (cb) => void pickListeners.push(cb) };
}
