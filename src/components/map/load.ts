// Shared by the map entries: loads the data file once and turns a [data-map] element into a Leaflet map.
import { decodeMapData, type DecodedMapData, type MapDataFile } from '../../lib/map-codec.ts';
import type { LatLng } from '../../lib/geo.ts';
import type { MapController } from './engine.ts';

type Engine = typeof import('./engine.ts');

let dataPromise: Promise<DecodedMapData> | undefined;
export const loadData = () =>
  (dataPromise ??= fetch('/map/centers.json')
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<MapDataFile>;
    })
    .then((file) => {
      performance.mark('map:data-loaded');
      return decodeMapData(file);
    }));

/** Identity for WGS-84 basemaps; gcoord (loaded only then) for GCJ-02 ones. */
async function displayTransforms(data: DecodedMapData): Promise<{ toDisplay: (p: LatLng) => LatLng; fromDisplay: (p: LatLng) => LatLng }> {
  const basemap = data.file.cfg.basemap;
  if (basemap.kind === 'tiles' && basemap.crs === 'GCJ-02') {
    const { fromWgs84, toWgs84 } = await import('../../lib/map-coords.ts');
    return { toDisplay: (p) => fromWgs84(p, 'GCJ-02'), fromDisplay: (p) => toWgs84(p, 'GCJ-02') };
  }
  const same = (p: LatLng) => ({ lat: p.lat, lng: p.lng });
  return { toDisplay: same, fromDisplay: same };
}

function failed(el: HTMLElement, error: unknown) {
  el.classList.remove('map-live');
  el.dataset['mapError'] = String(error);
  const p = document.createElement('p');
  p.className = 'map-fallback';
  p.setAttribute('role', 'status');
  p.textContent = '地图加载失败。请看下面的列表，或刷新页面再试。';
  el.replaceChildren(p);
  console.error('map:', error);
}

/** Builds the map in `el` once the data and the engine (Leaflet) are there; shows a plain message if either fails. */
export async function startMap(el: HTMLElement, loadEngine: () => Promise<Engine>): Promise<MapController | undefined> {
  const mode = el.dataset['map'] === 'full' ? 'full' : 'mini';
  try {
    const [data, engine] = await Promise.all([
      loadData(),
      loadEngine().then((m) => {
        performance.mark('map:leaflet-loaded');
        return m;
      }),
    ]);
    const transforms = await displayTransforms(data);
    el.replaceChildren();
    const focusCenter = el.dataset['focusCenter'];
    const focusRegion = el.dataset['focusRegion'];
    return engine.createMap(el, data, { mode, ...transforms, ...(focusCenter ? { focusCenter } : {}), ...(focusRegion ? { focusRegion } : {}) });
  } catch (error) {
    failed(el, error);
    return undefined;
  }
}
