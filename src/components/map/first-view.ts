// The first view of a map with its data: the page's own center (drawn on its own, with its circle), a region's
// centers, or every center.
import * as L from 'leaflet';
import { firstViewMaxZoom } from '../../lib/map/clusters.ts';
import { centerIsWithin, zoomForPrecision, type MapCenter } from '../../lib/map/codec.ts';
import type { LatLng } from '../../lib/map/geo.ts';
import type { MapScene } from './base.ts';
import { pointIcon } from './icons.ts';
import { centerMarker } from './markers.ts';
import { centerLabel, type Popups } from './popups.ts';

export interface FirstView {
  focusRegion?: string | undefined;
  toDisplay: (p: LatLng) => LatLng;
}

/** The bounds of every center with a point, if any has one. */
const allBounds = (scene: MapScene) => {
  const pts = scene.display.filter((p): p is LatLng => p !== undefined);
  return pts.length ? L.latLngBounds(pts.map((p) => [p.lat, p.lng] as [number, number])) : undefined;
};

/** Centers the page's own center, with its circle and a marker that says it is this page's. */
function showOwnCenter(scene: MapScene, popups: Popups, focus: MapCenter, at: LatLng) {
  const { map, canvas } = scene.base;
  const cfg = scene.data.file.cfg;
  map.setView([at.lat, at.lng], focus.exact ? cfg.centerZoom : zoomForPrecision(focus.precision));
  if (focus.exact)
    L.circle([at.lat, at.lng], {
      radius: cfg.circleRadiusMeters,
      renderer: canvas,
      interactive: false,
      color: '#8c1d17',
      weight: 2,
      dashArray: '6 5',
      fillOpacity: 0.06,
    }).addTo(map);
  const options = { icon: pointIcon(focus.exact, true), keyboard: true, title: focus.name, zIndexOffset: 1000 };
  centerMarker(popups, focus, `本中心：${centerLabel(scene.data, focus)}`, [at.lat, at.lng], options).addTo(map);
}

/** Frames the centers inside a region; without any, the region's own point, or else every center. */
function frameRegion(scene: MapScene, slug: string, toDisplay: (p: LatLng) => LatLng) {
  const { data, display } = scene;
  const { map, framePadding } = scene.base;
  const inside = data.centers.filter((c) => c.point && centerIsWithin(data, c, slug)).map((c) => display[c.index]!);
  const region = data.placeBySlug.get(slug);
  if (inside.length > 1)
    map.fitBounds(L.latLngBounds(inside.map((p) => [p.lat, p.lng] as [number, number])), {
      maxZoom: 14,
      ...framePadding,
    });
  else if (inside.length === 1) map.setView([inside[0]!.lat, inside[0]!.lng], 13);
  else if (region?.point) {
    const p = toDisplay(region.point);
    map.setView([p.lat, p.lng], zoomForPrecision(region.precision));
  } else {
    const b = allBounds(scene);
    if (b) map.fitBounds(b.pad(0.1));
    else map.setView([30, 110], 4);
  }
}

export function showFirstView(scene: MapScene, popups: Popups, { focusRegion, toDisplay }: FirstView) {
  const { focus, display, base } = scene;
  const focusPoint = focus ? display[focus.index] : undefined;
  if (focus && focusPoint) showOwnCenter(scene, popups, focus, focusPoint);
  else if (focusRegion) frameRegion(scene, focusRegion, toDisplay);
  else if (!base.overview) {
    const b = allBounds(scene);
    if (b) base.map.fitBounds(b, { maxZoom: firstViewMaxZoom, ...base.framePadding });
    else base.map.setView([30, 110], 4);
  }
  // (With an overview on screen the view stays where it is: it framed the same points, or the reader has moved it.)
}
