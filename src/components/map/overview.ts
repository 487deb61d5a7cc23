// The /map/ page's first markers, from the small overview file, shown until the full data is in.
import * as L from 'leaflet';
import { firstViewMaxZoom } from '../../lib/map/clusters.ts';
import type { MapOverviewFile } from '../../lib/map/codec.ts';
import type { MapBase } from './base.ts';
import { clusterIcon, pointIcon } from './icons.ts';

/**
 * Frames every center and draws the overview's markers for the zoom shown (again after each move), as pictures
 * only: not focusable and hidden from screen readers until createMap puts the real markers in their place (the
 * list under the map has every center meanwhile). Returns how many centers the drawn markers stand for.
 */
export function showOverview(base: MapBase, overview: MapOverviewFile): number {
  const { map, el, framePadding } = base;
  if (overview.bounds) {
    const [w, s, e, n] = overview.bounds;
    map.fitBounds(L.latLngBounds([s, w], [n, e]), { maxZoom: firstViewMaxZoom, ...framePadding });
  } else map.setView([30, 110], 4);
  const layer = L.layerGroup().addTo(map);
  let shown = 0;
  const redraw = () => {
    const markers = overview.zooms[Math.round(map.getZoom())];
    // A zoom the overview does not have (zoomed in before the data came): keep what is drawn until then.
    if (!markers) return;
    layer.clearLayers();
    shown = 0;
    const b = map.getBounds().pad(0.25);
    for (const [lng, lat, count, approx] of markers) {
      if (!b.contains([lat, lng])) continue;
      const marker = L.marker([lat, lng], {
        icon: count > 1 ? clusterIcon(count, approx) : pointIcon(approx === 0, false),
        interactive: false,
        keyboard: false,
      });
      layer.addLayer(marker);
      marker.getElement()?.setAttribute('aria-hidden', 'true');
      shown += count;
    }
    base.renderGraticule();
  };
  el.setAttribute('aria-busy', 'true');
  map.on('moveend', redraw);
  base.overview = { layer, redraw };
  redraw();
  return shown;
}
