// The Leaflet map: clustered, keyboard-reachable center markers, schematic 15-minute circles, basemap or graticule.
// The parts: base.ts (the map before markers), overview.ts (the /map/ page's first markers), markers.ts, popups.ts,
// origin.ts ("you are here") and first-view.ts; this module puts them together.
import 'leaflet/dist/leaflet.css';
import type * as L from 'leaflet';
import type { LatLng } from '../../lib/map/geo.ts';
import type { DecodedMapData, MapCenter } from '../../lib/map/codec.ts';
import { createBase, type MapBase, type MapScene } from './base.ts';
import { showFirstView } from './first-view.ts';
import { CenterMarkers } from './markers.ts';
import { createOrigin } from './origin.ts';
import { createPopups } from './popups.ts';

export { createBase, type MapBase } from './base.ts';
export { showOverview } from './overview.ts';

export interface MapOptions {
  mode: 'full' | 'mini';
  focusCenter?: string;
  focusRegion?: string;
  /** Converts WGS-84 to the basemap's display coordinates and back (identity unless the basemap is GCJ-02). */
  toDisplay: (p: LatLng) => LatLng;
  fromDisplay: (p: LatLng) => LatLng;
  /** A map already made by createBase (and maybe showing an overview): its view is kept, the overview replaced. */
  base?: MapBase;
}

export interface MapController {
  map: L.Map;
  /** Marks a chosen point ("you are here") and frames it with the nearest center. */
  setOrigin: (p: LatLng, label: string, nearest?: MapCenter) => void;
  /** Shows only centers whose category mask intersects `mask` (0 = all). */
  setFilter: (mask: number) => void;
  /** Pans to a center and opens its popup; Escape or closing returns focus to `returnTo`. */
  showCenter: (index: number, returnTo?: HTMLElement) => void;
  /** Called when someone clicks an empty spot of the map (WGS-84). */
  onPick: (cb: (p: LatLng) => void) => void;
}

export function createMap(el: HTMLElement, data: DecodedMapData, opts: MapOptions): MapController {
  const cfg = data.file.cfg;
  const base = opts.base ?? createBase(el, cfg, opts.mode);
  const scene: MapScene = {
    base,
    data,
    display: data.centers.map((c) => (c.point ? opts.toDisplay(c.point) : undefined)),
    focus: opts.focusCenter ? data.centerBySlug.get(opts.focusCenter) : undefined,
  };
  const origin = createOrigin(base, cfg.centerZoom, opts.mode === 'mini', opts);
  const popups = createPopups(el, base.map, data, origin.point);
  const markers = new CenterMarkers(scene, popups);
  markers.buildIndex(0);
  showFirstView(scene, popups, { focusRegion: opts.focusRegion, toDisplay: opts.toDisplay });
  base.map.on('moveend', () => markers.render());
  markers.render();
  if (base.overview) {
    base.map.off('moveend', base.overview.redraw);
    base.overview.layer.remove();
    delete base.overview;
    el.removeAttribute('aria-busy');
  }
  if (!el.dataset['markersShown']) {
    el.dataset['markersShown'] = String(markers.visibleCount);
    performance.mark('map:markers-shown');
  }
  el.dataset['markersReady'] = String(markers.visibleCount);
  performance.mark('map:markers-ready');

  return {
    map: base.map,
    setOrigin: origin.set,
    setFilter: (mask) => markers.setFilter(mask),
    showCenter: (i, returnTo) => markers.showCenter(i, returnTo),
    onPick: origin.onPick,
  };
}
