// Entry for pages with a map: loads the data file once, then Leaflet (dynamic import) for each map element.
import { decodeMapData, type DecodedMapData, type MapDataFile } from '../../lib/map-codec.ts';
import type { LatLng } from '../../lib/geo.ts';
import type { MapController } from './engine.ts';

let dataPromise: Promise<DecodedMapData> | undefined;
const loadData = () =>
  (dataPromise ??= fetch('/map/centers.json')
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<MapDataFile>;
    })
    .then((file) => {
      performance.mark('map:data-loaded');
      return decodeMapData(file);
    }));

const loadEngine = () =>
  import('./engine.ts').then((m) => {
    performance.mark('map:leaflet-loaded');
    return m;
  });

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

async function start(el: HTMLElement): Promise<MapController | undefined> {
  const mode = el.dataset['map'] === 'full' ? 'full' : 'mini';
  try {
    const [data, engine] = await Promise.all([loadData(), loadEngine()]);
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

for (const el of document.querySelectorAll<HTMLElement>('[data-map]')) {
  if (el.dataset['map'] === 'full') {
    // The /map/ page: markers first (the near-me chooser can wait a moment), then near-me, which works from the
    // data alone if the map failed to load.
    const panel = document.querySelector<HTMLElement>('[data-near-me]');
    void (async () => {
      const controller = await start(el);
      const near = panel
        ? await Promise.all([loadData(), import('./near-me.ts')])
            .then(([data, m]) => m.initNearMe(panel, data))
            .catch((error: unknown) => void console.error('near me:', error))
        : undefined;
      performance.mark('map:near-me-ready');
      if (!controller) return;
      near?.attachMap(controller);
      const wanted = new URLSearchParams(location.search).get('center');
      const c = wanted ? (await loadData()).centerBySlug.get(wanted) : undefined;
      if (c) controller.showCenter(c.index);
    })();
  } else {
    // Small maps on center and region pages load only when they come near the screen.
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void start(el);
      },
      { rootMargin: '300px' },
    );
    io.observe(el);
  }
}
