// The Leaflet map: clustered, keyboard-reachable center markers, schematic 15-minute circles, basemap or graticule.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { ClusterProperties } from 'supercluster';
import { formatDistance, formatWalk, haversineMeters, walkingMinutes, type LatLng } from '../../lib/map/geo.ts';
import { buildClusterIndex, clusterCountText, firstViewMaxZoom, mapMinZoom, type ClusterIndex, type ClusterProps, type PointProps } from '../../lib/map/clusters.ts';
import { categoriesOf, centerIsWithin, placeAncestors, placeLineOf, zoomForPrecision, type DecodedMapData, type MapCenter, type MapClientConfig, type MapOverviewFile } from '../../lib/map/codec.ts';
import { fitPopupToMap } from './popup-fit.ts';

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

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The name of the unit whose point an approximate center is shown at, e.g. 安海镇. */
function whosePoint(data: DecodedMapData, c: MapCenter): string {
  const owner = placeAncestors(data, c.place).find((p) => p.level === c.precision);
  return owner?.name ?? data.file.precLabels[data.file.prec.indexOf(c.precision)] ?? '上级地区';
}

export function centerPrecisionNote(data: DecodedMapData, c: MapCenter): string {
  const cfg = data.file.cfg;
  if (!c.point) return '位置未公布，地图上没有标出。';
  if (c.exact) {
    const whose = c.precision === 'point' ? '本中心的位置' : `${whosePoint(data, c)}的位置`;
    return `坐标为${whose}。圆圈是步行约 ${cfg.circleMinutes} 分钟（直线 ${cfg.circleRadiusMeters} 米）的示意范围，不是实测的服务范围。`;
  }
  return `近似位置：地图上的点是${whosePoint(data, c)}的位置，不是本中心的位置，所以不画步行 ${cfg.circleMinutes} 分钟范围。`;
}

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

  // A short visible note whenever there is no basemap, so the plain background is never unexplained.
  const note = new L.Control({ position: 'topright' });
  const noteEl = L.DomUtil.create('div', 'map-note');
  noteEl.setAttribute('role', 'note');
  note.onAdd = () => noteEl;
  const showNote = (text: string) => {
    noteEl.textContent = text;
    if (!note.getContainer()) note.addTo(map);
  };

  const graticule = L.layerGroup().addTo(map);
  let drawGraticule = true;
  const renderGraticule = () => {
    graticule.clearLayers();
    if (!drawGraticule) return;
    const b = map.getBounds();
    const span = Math.max(b.getNorth() - b.getSouth(), b.getEast() - b.getWest());
    const step = [20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002].find((s) => span / s >= 4) ?? 0.002;
    const style = { color: '#9aa79c', weight: 1, opacity: 0.6, interactive: false, renderer: canvas };
    for (let lat = Math.floor(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step)
      graticule.addLayer(L.polyline([[lat, b.getWest() - step], [lat, b.getEast() + step]], style));
    for (let lng = Math.floor(b.getWest() / step) * step; lng <= b.getEast(); lng += step)
      graticule.addLayer(L.polyline([[b.getSouth() - step, lng], [b.getNorth() + step, lng]], style));
  };

  const basemap = cfg.basemap;
  if (basemap.kind === 'tiles') {
    attribution.addAttribution(esc(basemap.attribution));
    let failed = false;
    for (const layer of basemap.layers) {
      L.tileLayer(layer.url, { subdomains: layer.subdomains, maxZoom: basemap.maxZoom })
        .on('tileerror', () => {
          if (failed) return;
          failed = true;
          drawGraticule = true;
          renderGraticule();
          showNote(`${basemap.name}底图加载失败（可能没有网络）：只显示中心位置和步行范围示意，没有道路和地名。`);
        })
        .on('tileload', () => {
          if (failed || !drawGraticule) return;
          drawGraticule = false;
          graticule.clearLayers();
        })
        .addTo(map);
    }
  } else {
    showNote('未加载底图：只显示中心位置和步行范围示意，没有道路和地名。');
  }

  return { el, map, canvas, framePadding, renderGraticule };
}

const pointIcon = (exact: boolean, isFocus: boolean) =>
  L.divIcon({
    className: `map-marker ${exact ? 'map-marker-exact' : 'map-marker-approx'}${isFocus ? ' map-marker-focus' : ''}`,
    html: exact ? '<span class="map-dot" aria-hidden="true"></span>' : '<span class="map-dot" aria-hidden="true"></span><span class="map-tag" aria-hidden="true">近似位置</span>',
    iconSize: [44, 44],
    iconAnchor: [22, 22],
    popupAnchor: [0, -14],
  });

const clusterIcon = (count: number, approx: number) =>
  L.divIcon({
    className: `map-marker map-cluster${approx === count ? ' map-cluster-approx' : ''}`,
    html: `<span class="map-count" aria-hidden="true">${clusterCountText(count)}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
  });

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
      const marker = L.marker([lat, lng], { icon: count > 1 ? clusterIcon(count, approx) : pointIcon(approx === 0, false), interactive: false, keyboard: false });
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

export function createMap(el: HTMLElement, data: DecodedMapData, opts: MapOptions): MapController {
  const cfg = data.file.cfg;
  const focus = opts.focusCenter ? data.centerBySlug.get(opts.focusCenter) : undefined;
  const base = opts.base ?? createBase(el, cfg, opts.mode);
  const { map, canvas, framePadding, renderGraticule } = base;
  const mini = opts.mode === 'mini';

  // ---- Markers ---------------------------------------------------------------------------------------
  const display = data.centers.map((c) => (c.point ? opts.toDisplay(c.point) : undefined));
  let index: ClusterIndex;
  let visibleCount = 0;
  const buildIndex = (mask: number) => {
    // The page's own center is drawn on its own (below), never hidden inside a cluster.
    const built = buildClusterIndex(cfg, data.centers, display, { mask, skip: focus });
    index = built.index;
    visibleCount = built.count + (focus && display[focus.index] ? 1 : 0);
  };

  const markerLayer = L.layerGroup().addTo(map);
  const circleLayer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  const circles = new Map<number, L.Circle>();
  let returnFocus: HTMLElement | undefined;
  let focusPopup = false;

  const centerLabel = (c: MapCenter) => `${c.name}，${c.exact ? data.file.precLabels[data.file.prec.indexOf(c.precision)] : `近似位置（${whosePoint(data, c)}的位置）`}`;

  const popupFor = (c: MapCenter) => {
    const box = document.createElement('div');
    box.className = 'map-popup';
    const cats = categoriesOf(data.file.cats, c.mask).map((cat) => data.file.catLabels[data.file.cats.indexOf(cat)]);
    const distance = origin && c.point ? haversineMeters(origin, c.point) : undefined;
    box.innerHTML = `<p class="map-popup-title"><a href="/centers/${esc(c.slug)}/">${esc(c.name)}</a></p>
      <p class="map-popup-place">${esc(placeLineOf(data, c.place))}</p>
      <p class="${c.exact ? '' : 'map-popup-approx'}">${esc(centerPrecisionNote(data, c))}</p>
      ${cats.length ? `<p>服务：${esc(cats.join('、'))}</p>` : ''}
      ${distance !== undefined ? `<p>距所选位置：直线${esc(formatDistance(distance))}，${esc(formatWalk(walkingMinutes(distance, cfg.walkingSpeedKmh)))}${c.exact ? '' : '（按近似位置估算）'}</p>` : ''}`;
    return box;
  };

  const clusterPopup = (leaves: MapCenter[]) => {
    const box = document.createElement('div');
    box.className = 'map-popup';
    const approx = leaves.filter((c) => !c.exact);
    const heading = approx.length === leaves.length ? `这 ${leaves.length} 个邻里中心都只知道${esc(whosePoint(data, leaves[0]!))}的位置，标在同一点：` : `这里有 ${leaves.length} 个位置相同或很近的邻里中心：`;
    box.innerHTML = `<p class="map-popup-title">${heading}</p><ul class="map-popup-list">${leaves
      .map((c) => `<li><a href="/centers/${esc(c.slug)}/">${esc(c.name)}</a>${c.exact ? '' : '<span class="map-tag">近似位置</span>'}</li>`)
      .join('')}</ul>`;
    return box;
  };

  /** Names the marker for screen readers, and makes Enter and Space do what a click does (role=button). */
  const named = (marker: L.Marker, label: string, count: number, activate: () => void) =>
    marker
      .on('add', () => {
        const icon = marker.getElement();
        if (!icon) return;
        icon.setAttribute('aria-label', label);
        icon.dataset['count'] = String(count);
      })
      .on('click', activate)
      .on('keypress', (e) => {
        const key = (e as L.LeafletKeyboardEvent).originalEvent;
        if (key.key !== 'Enter' && key.key !== ' ') return;
        key.preventDefault();
        activate();
      });

  const openCenterPopup = (marker: L.Marker, c: MapCenter) => {
    marker.unbindPopup();
    marker.bindPopup(popupFor(c), { maxWidth: 300, autoPanPadding: [16, 16] }).openPopup();
  };

  const markerFor = (key: string, make: () => L.Marker) => {
    let m = markers.get(key);
    if (!m) {
      m = make();
      markers.set(key, m);
    }
    return m;
  };

  let pendingFocusNear: L.LatLng | undefined;

  const render = () => {
    const zoom = Math.round(map.getZoom());
    const b = map.getBounds().pad(0.25);
    const found = index.getClusters([Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())], zoom);
    const keep = new Set<string>();
    const keepCircles = new Set<number>();
    let represented = 0;
    for (const f of found) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<ClusterProperties> & Partial<PointProps> & Partial<ClusterProps>;
      if (props.cluster) {
        const id = props.cluster_id!;
        const count = props.point_count!;
        const key = `c${id}`;
        keep.add(key);
        represented += count;
        const m = markerFor(key, () => {
          const marker = L.marker([lat, lng], { icon: clusterIcon(count, props.approx ?? 0), keyboard: true, title: `${count} 个邻里中心`, riseOnHover: true });
          named(marker, `此处有 ${count} 个邻里中心，按回车键${index.getClusterExpansionZoom(id) > cfg.maxZoom ? '查看名单' : '放大'}`, count, () => {
            const zoomTo = index.getClusterExpansionZoom(id);
            const leaves = index.getLeaves(id, Infinity).map((l) => data.centers[l.properties.i]!);
            if (zoomTo > cfg.maxZoom || zoomTo <= map.getZoom()) {
              returnFocus = marker.getElement() ?? undefined;
              focusPopup = true;
              marker.unbindPopup();
              marker.bindPopup(clusterPopup(leaves), { maxWidth: 320 }).openPopup();
              return;
            }
            if (document.activeElement === marker.getElement()) pendingFocusNear = L.latLng(lat, lng);
            map.setView([lat, lng], zoomTo);
          });
          return marker;
        });
        markerLayer.addLayer(m);
      } else {
        const i = props.i!;
        const c = data.centers[i]!;
        const key = `p${i}`;
        keep.add(key);
        represented += 1;
        const m = markerFor(key, () => {
          const marker = L.marker([lat, lng], { icon: pointIcon(c.exact, c === focus), keyboard: true, title: c.name, riseOnHover: true, zIndexOffset: c === focus ? 1000 : 0 });
          named(marker, centerLabel(c), 1, () => {
            returnFocus = marker.getElement() ?? undefined;
            focusPopup = true;
            openCenterPopup(marker, c);
          });
          return marker;
        });
        markerLayer.addLayer(m);
        if (c.exact && zoom >= cfg.minCircleZoom) {
          keepCircles.add(i);
          let circle = circles.get(i);
          if (!circle) {
            circle = L.circle([lat, lng], { radius: cfg.circleRadiusMeters, renderer: canvas, interactive: false, color: '#8c1d17', weight: 1.5, dashArray: '6 5', fillColor: '#b3261e', fillOpacity: 0.07 });
            circles.set(i, circle);
          }
          circleLayer.addLayer(circle);
        }
      }
    }
    for (const [key, m] of markers) {
      if (keep.has(key)) continue;
      if (m.isPopupOpen()) continue;
      markerLayer.removeLayer(m);
      // Cluster ids are only meaningful for the index that made them.
      if (key.startsWith('c')) markers.delete(key);
    }
    for (const [i, circle] of circles) if (!keepCircles.has(i)) circleLayer.removeLayer(circle);
    el.dataset['markerCount'] = String(represented);
    if (pendingFocusNear) {
      const target = pendingFocusNear;
      pendingFocusNear = undefined;
      let best: L.Marker | undefined;
      let bestD = Infinity;
      for (const key of keep) {
        const m = markers.get(key)!;
        const d = m.getLatLng().distanceTo(target);
        if (d < bestD) [best, bestD] = [m, d];
      }
      best?.getElement()?.focus({ preventScroll: true });
    }
    renderGraticule();
  };

  // ---- Popups and focus --------------------------------------------------------------------------------
  // A popup opened from a marker or a "show on map" button takes focus (its first link); closing it by
  // Escape, the close button or a click elsewhere hands focus back to what opened it.
  let popupOpen = false;
  map.on('popupopen', (e) => {
    popupOpen = true;
    fitPopupToMap(map, e.popup);
    if (!focusPopup) return;
    focusPopup = false;
    e.popup.getElement()?.querySelector<HTMLElement>('.map-popup a[href]')?.focus({ preventScroll: true });
  });
  map.on('popupclose', () => {
    popupOpen = false;
    const back = returnFocus;
    returnFocus = undefined;
    const active = document.activeElement;
    if (back && back.isConnected && (!active || active === document.body || el.contains(active))) back.focus({ preventScroll: true });
  });
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !popupOpen) return;
    e.stopPropagation();
    map.closePopup();
  });

  // ---- Origin ("you are here") -----------------------------------------------------------------------
  let origin: LatLng | undefined;
  let originMarker: L.Marker | undefined;
  const pickListeners: ((p: LatLng) => void)[] = [];
  if (!mini)
    map.on('click', (e) => {
      const p = opts.fromDisplay({ lat: e.latlng.lat, lng: e.latlng.lng });
      for (const cb of pickListeners) cb(p);
    });

  const setOrigin = (p: LatLng, label: string, nearest?: MapCenter) => {
    origin = p;
    const d = opts.toDisplay(p);
    originMarker?.remove();
    originMarker = L.marker([d.lat, d.lng], {
      icon: L.divIcon({ className: 'map-origin', html: '<span class="map-origin-dot" aria-hidden="true"></span>', iconSize: [28, 28], iconAnchor: [14, 14] }),
      keyboard: false,
      interactive: false,
      zIndexOffset: 2000,
    }).addTo(map);
    originMarker.getElement()?.setAttribute('aria-hidden', 'true');
    originMarker.getElement()?.setAttribute('title', label);
    const target = nearest?.point ? opts.toDisplay(nearest.point) : undefined;
    if (target && haversineMeters(p, nearest!.point!) < 30_000) map.fitBounds(L.latLngBounds([d.lat, d.lng], [target.lat, target.lng]), { maxZoom: cfg.centerZoom, ...framePadding });
    else map.setView([d.lat, d.lng], Math.max(map.getZoom(), 13));
  };

  const showCenter = (i: number, returnTo?: HTMLElement) => {
    const c = data.centers[i];
    const p = display[i];
    if (!c || !p) return;
    map.closePopup();
    const zoom = c.exact ? cfg.centerZoom : Math.max(zoomForPrecision(c.precision), 12);
    map.setView([p.lat, p.lng], zoom, { animate: false });
    render();
    returnFocus = returnTo;
    focusPopup = returnTo !== undefined;
    const own = markers.get(`p${i}`);
    if (own && markerLayer.hasLayer(own)) {
      openCenterPopup(own, c);
      return;
    }
    // Still clustered at this zoom (several centers share the point): list them.
    for (const [key, m] of markers) {
      if (!key.startsWith('c') || !markerLayer.hasLayer(m)) continue;
      const id = Number(key.slice(1));
      const leaves = index.getLeaves(id, Infinity).map((l) => data.centers[l.properties.i]!);
      if (!leaves.includes(c)) continue;
      m.unbindPopup();
      m.bindPopup(clusterPopup(leaves), { maxWidth: 320 }).openPopup();
      return;
    }
  };

  // ---- First view ---------------------------------------------------------------------------------
  buildIndex(0);
  const allBounds = () => {
    const pts = display.filter((p): p is LatLng => p !== undefined);
    return pts.length ? L.latLngBounds(pts.map((p) => [p.lat, p.lng] as [number, number])) : undefined;
  };
  const focusPoint = focus ? display[focus.index] : undefined;
  if (focus && focusPoint) {
    map.setView([focusPoint.lat, focusPoint.lng], focus.exact ? cfg.centerZoom : zoomForPrecision(focus.precision));
    if (focus.exact) L.circle([focusPoint.lat, focusPoint.lng], { radius: cfg.circleRadiusMeters, renderer: canvas, interactive: false, color: '#8c1d17', weight: 2, dashArray: '6 5', fillOpacity: 0.06 }).addTo(map);
    const own = L.marker([focusPoint.lat, focusPoint.lng], { icon: pointIcon(focus.exact, true), keyboard: true, title: focus.name, zIndexOffset: 1000 });
    named(own, `本中心：${centerLabel(focus)}`, 1, () => {
      returnFocus = own.getElement() ?? undefined;
      focusPopup = true;
      openCenterPopup(own, focus);
    });
    own.addTo(map);
  } else if (opts.focusRegion) {
    const inside = data.centers.filter((c) => c.point && centerIsWithin(data, c, opts.focusRegion!)).map((c) => display[c.index]!);
    const region = data.placeBySlug.get(opts.focusRegion);
    if (inside.length > 1) map.fitBounds(L.latLngBounds(inside.map((p) => [p.lat, p.lng] as [number, number])), { maxZoom: 14, ...framePadding });
    else if (inside.length === 1) map.setView([inside[0]!.lat, inside[0]!.lng], 13);
    else if (region?.point) {
      const p = opts.toDisplay(region.point);
      map.setView([p.lat, p.lng], zoomForPrecision(region.precision));
    } else {
      const b = allBounds();
      if (b) map.fitBounds(b.pad(0.1));
      else map.setView([30, 110], 4);
    }
  } else if (!base.overview) {
    const b = allBounds();
    if (b) map.fitBounds(b, { maxZoom: firstViewMaxZoom, ...framePadding });
    else map.setView([30, 110], 4);
  }
  // (With an overview on screen the view stays where it is: it framed the same points, or the reader has moved it.)
  map.on('moveend', render);
  render();
  if (base.overview) {
    map.off('moveend', base.overview.redraw);
    base.overview.layer.remove();
    delete base.overview;
    el.removeAttribute('aria-busy');
  }
  if (!el.dataset['markersShown']) {
    el.dataset['markersShown'] = String(visibleCount);
    performance.mark('map:markers-shown');
  }
  el.dataset['markersReady'] = String(visibleCount);
  performance.mark('map:markers-ready');

  return {
    map,
    setOrigin,
    setFilter: (mask) => {
      map.closePopup();
      for (const [key, m] of markers) {
        if (!key.startsWith('c')) continue;
        markerLayer.removeLayer(m);
        markers.delete(key);
      }
      buildIndex(mask);
      render();
    },
    showCenter,
    onPick: (cb) => pickListeners.push(cb),
  };
}
