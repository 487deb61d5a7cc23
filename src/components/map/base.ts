// The Leaflet map before any marker: controls, basemap (or graticule) and a note when there is no basemap.
import * as L from 'leaflet';
import { mapMinZoom } from '../../lib/map/clusters.ts';
import type { DecodedMapData, MapCenter, MapClientConfig } from '../../lib/map/codec.ts';
import type { LatLng } from '../../lib/map/geo.ts';

export const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The Leaflet map with its controls, basemap (or graticule) and note, before any marker is drawn. */
export interface MapBase {
  el: HTMLElement;
  map: L.Map;
  canvas: L.Canvas;
  /** Room for the zoom buttons (top left), the note (top right) and the scale (bottom left) when framing points. */
  framePadding: { paddingTopLeft: L.Point; paddingBottomRight: L.Point };
  renderGraticule: () => void;
  /** Set while markers from the overview are shown; createMap replaces them with its own. */
  overview?: { layer: L.LayerGroup; redraw: () => void };
}

/** A short visible note whenever there is no basemap, so the plain background is never unexplained. */
function addNote(map: L.Map): (text: string) => void {
  const note = new L.Control({ position: 'topright' });
  const noteEl = L.DomUtil.create('div', 'map-note');
  noteEl.setAttribute('role', 'note');
  note.onAdd = () => noteEl;
  return (text) => {
    noteEl.textContent = text;
    if (!note.getContainer()) note.addTo(map);
  };
}

/** Lines of latitude and longitude, drawn until a basemap tile has loaded (and again if tiles fail). */
function addGraticule(map: L.Map, canvas: L.Canvas) {
  const graticule = L.layerGroup().addTo(map);
  let drawGraticule = true;
  const render = () => {
    graticule.clearLayers();
    if (!drawGraticule) return;
    const b = map.getBounds();
    const span = Math.max(b.getNorth() - b.getSouth(), b.getEast() - b.getWest());
    const step = [20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002].find((s) => span / s >= 4) ?? 0.002;
    const style = { color: '#9aa79c', weight: 1, opacity: 0.6, interactive: false, renderer: canvas };
    for (let lat = Math.floor(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step)
      graticule.addLayer(
        L.polyline(
          [
            [lat, b.getWest() - step],
            [lat, b.getEast() + step],
          ],
          style,
        ),
      );
    for (let lng = Math.floor(b.getWest() / step) * step; lng <= b.getEast(); lng += step)
      graticule.addLayer(
        L.polyline(
          [
            [b.getSouth() - step, lng],
            [b.getNorth() + step, lng],
          ],
          style,
        ),
      );
  };
  /** Draws the lines now and after each move (`on`), or takes them away until shown again. */
  const show = (on: boolean) => {
    drawGraticule = on;
    if (on) render();
    else graticule.clearLayers();
  };
  return { render, show };
}

export function createBase(el: HTMLElement, cfg: MapClientConfig, mode: 'full' | 'mini'): MapBase {
  const mini = mode === 'mini';
  const canvas = L.canvas({ padding: 0.3 });
  const framePadding = { paddingTopLeft: L.point(56, 72), paddingBottomRight: L.point(40, 40) };
  const map = L.map(el, {
    preferCanvas: true,
    renderer: canvas,
    maxZoom: cfg.maxZoom,
    minZoom: mapMinZoom,
    zoomSnap: 1,
    attributionControl: false,
    scrollWheelZoom: !mini,
    // One-finger drags on a small map in a long page would trap scrolling on phones: use the buttons there.
    dragging: !(mini && L.Browser.mobile),
    tapHold: false,
  });
  el.classList.add('map-live');

  // The coordinates' credit is printed under every map (MapLegend, MiniMap) and in the footer; inside the
  // map it would cover the scale on a phone.
  const attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
  L.control.scale({ metric: true, imperial: false, maxWidth: 140 }).addTo(map);

  const showNote = addNote(map);
  const graticule = addGraticule(map, canvas);
  const basemap = cfg.basemap;
  if (basemap.kind === 'tiles') {
    attribution.addAttribution(esc(basemap.attribution));
    let failed = false;
    for (const layer of basemap.layers) {
      L.tileLayer(layer.url, { subdomains: layer.subdomains, maxZoom: basemap.maxZoom })
        .on('tileerror', () => {
          if (failed) return;
          failed = true;
          graticule.show(true);
          showNote(`${basemap.name}底图加载失败（可能没有网络）：只显示中心位置和步行范围示意，没有道路和地名。`);
        })
        .on('tileload', () => {
          if (!failed) graticule.show(false);
        })
        .addTo(map);
    }
  } else {
    showNote('未加载底图：只显示中心位置和步行范围示意，没有道路和地名。');
  }

  return { el, map, canvas, framePadding, renderGraticule: graticule.render };
}

/** What the parts of a map drawn from the data share. */
export interface MapScene {
  base: MapBase;
  data: DecodedMapData;
  /** Each center's point in display coordinates (undefined where its position is not published). */
  display: (LatLng | undefined)[];
  /** The page's own center, drawn on its own and never hidden inside a cluster. */
  focus: MapCenter | undefined;
}
