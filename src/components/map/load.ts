// Shared by the map entries: loads the data file once and turns a [data-map] element into a Leaflet map.
import {
  decodeMapData,
  displayCrs,
  overviewVersion,
  type DecodedMapData,
  type MapDataFile,
  type MapOverviewFile,
} from '../../lib/map/codec.ts';
import type { LatLng } from '../../lib/map/geo.ts';
import type { MapBase, MapController } from './engine.ts';

type Engine = typeof import('./engine.ts');

/** A response with a 2xx status, or an error naming the URL. */
const fetchOk = async (url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
};
const fetchBytes = async (url: string) => (await fetchOk(url)).arrayBuffer();

const dataUrl = '/map/centers.json';

/** The bytes of `url`, downloaded by a worker (see data-worker.ts); on the main thread if there can be no worker. */
function fetchBytesOffMainThread(url: string): Promise<ArrayBuffer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fetchBytes(url);
  }
  return new Promise<ArrayBuffer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ bytes?: ArrayBuffer; error?: string }>) => {
      worker.terminate();
      if (event.data.bytes) resolve(event.data.bytes);
      else reject(new Error(event.data.error ?? 'map data worker failed'));
    };
    // A worker that cannot start (blocked, or a script error): fetch here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(fetchBytes(url));
    };
    worker.postMessage(new URL(url, location.href).href);
  });
}

let dataBytes: Promise<ArrayBuffer> | undefined;
/**
 * Downloads the data file without parsing it, so the one long step (JSON.parse) can wait until the first view
 * is on screen; a large file (the page says so, see view.workerDataFrom) through a worker.
 */
const prefetchData = (large = false) => (dataBytes ??= large ? fetchBytesOffMainThread(dataUrl) : fetchBytes(dataUrl));

let dataPromise: Promise<DecodedMapData> | undefined;
/** The decoded data (downloaded the way the first prefetchData call chose). */
export const loadData = (large = false) =>
  (dataPromise ??= prefetchData(large).then((bytes) => {
    const file = JSON.parse(new TextDecoder().decode(bytes)) as MapDataFile;
    performance.mark('map:data-loaded');
    return decodeMapData(file);
  }));

/** Lets the browser paint what is on screen before the next long piece of work (rAF alone never fires in a hidden tab). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0);
    requestAnimationFrame(done);
    setTimeout(resolve, 100);
  });

export const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Identity for WGS-84 basemaps; gcoord (loaded only then) for GCJ-02 ones. */
async function displayTransforms(
  data: DecodedMapData,
): Promise<{ toDisplay: (p: LatLng) => LatLng; fromDisplay: (p: LatLng) => LatLng }> {
  if (displayCrs(data.file.cfg.basemap) === 'GCJ-02') {
    const { fromWgs84, toWgs84 } = await import('../../lib/map/coords.ts');
    return { toDisplay: (p) => fromWgs84(p, 'GCJ-02'), fromDisplay: (p) => toWgs84(p, 'GCJ-02') };
  }
  const same = (p: LatLng) => ({ lat: p.lat, lng: p.lng });
  return { toDisplay: same, fromDisplay: same };
}

function failed(el: HTMLElement, error: unknown) {
  el.classList.remove('map-live');
  el.removeAttribute('aria-busy');
  el.dataset['mapError'] = String(error);
  const p = document.createElement('p');
  p.className = 'map-fallback';
  p.setAttribute('role', 'status');
  p.textContent = '地图加载失败。请看下面的列表，或刷新页面再试。';
  el.replaceChildren(p);
  console.error('map:', error);
}

/**
 * The /map/ map's first view from the small overview file (clusters precomputed at build time), drawn before the
 * full data is read. Undefined when the overview cannot be had: the map then starts from the full data as before.
 */
async function startOverview(el: HTMLElement, engine: Engine): Promise<MapBase | undefined> {
  let base: MapBase | undefined;
  try {
    const overview = (await (await fetchOk('/map/overview.json')).json()) as MapOverviewFile;
    if (overview.v !== overviewVersion)
      throw new Error(`overview version ${overview.v} is not ${overviewVersion}: rebuild the site`);
    el.replaceChildren();
    base = engine.createBase(el, overview.cfg, 'full');
    el.dataset['markersShown'] = String(engine.showOverview(base, overview));
    performance.mark('map:markers-shown');
    return base;
  } catch (error) {
    // Undo a half-made map, so the full-data path can make its own in the element.
    base?.map.remove();
    el.removeAttribute('aria-busy');
    console.warn('map overview:', error);
    return undefined;
  }
}

/**
 * Builds the map in `el` once the data and the engine (Leaflet) are there; shows a plain message if either fails.
 * With `overview` (the /map/ page), markers from /map/overview.json are shown first and replaced once the data is in.
 */
export async function startMap(
  el: HTMLElement,
  loadEngine: () => Promise<Engine>,
  { overview = false } = {},
): Promise<MapController | undefined> {
  const mode = el.dataset['map'] === 'full' ? 'full' : 'mini';
  const large = el.dataset['mapLarge'] !== undefined;
  let base: MapBase | undefined;
  // Small maps fetch and read the data while Leaflet loads; /map/ downloads it now and parses it after the overview.
  const early = overview ? prefetchData(large) : loadData(large);
  early.catch(() => undefined);
  try {
    const engine = await loadEngine().then((m) => {
      performance.mark('map:leaflet-loaded');
      return m;
    });
    if (overview) {
      base = await startOverview(el, engine);
      if (base) {
        await afterPaint();
        // The bench's "first markers": the overview's markers have been painted.
        performance.mark('map:markers-painted');
      }
    }
    const data = await loadData(large);
    // Parsing the data was one long task already: let a tap or a key press in between be handled first.
    await yieldToMain();
    const transforms = await displayTransforms(data);
    if (!base) el.replaceChildren();
    const focusCenter = el.dataset['focusCenter'];
    const focusRegion = el.dataset['focusRegion'];
    return engine.createMap(el, data, {
      mode,
      ...transforms,
      ...(base ? { base } : {}),
      ...(focusCenter ? { focusCenter } : {}),
      ...(focusRegion ? { focusRegion } : {}),
    });
  } catch (error) {
    base?.map.remove();
    failed(el, error);
    return undefined;
  }
}
