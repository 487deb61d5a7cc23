// Popups: a center's card and a cluster's list, and where focus goes. A popup opened from a marker or a "show on
// map" button takes focus (its first link); closing it by Escape, the close button or a click elsewhere hands focus
// back to what opened it.
import type * as L from 'leaflet';
import { formatDistance, formatWalk, haversineMeters, walkingMinutes, type LatLng } from '../../lib/map/geo.ts';
import { ancestorAt, categoriesOf, placeLineOf, type DecodedMapData, type MapCenter } from '../../lib/map/codec.ts';
import { centerPath } from '../../lib/paths.ts';
import { esc } from './base.ts';
import { fitPopupToMap } from './popup-fit.ts';

/** The name of the unit whose point an approximate center is shown at, e.g. 安海镇. */
function whosePoint(data: DecodedMapData, c: MapCenter): string {
  return (
    ancestorAt(data, c.place, c.precision)?.name ??
    data.file.precLabels[data.file.prec.indexOf(c.precision)] ??
    '上级地区'
  );
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

/** A center marker's name for screen readers: the center and how exactly its position is known. */
export const centerLabel = (data: DecodedMapData, c: MapCenter) =>
  `${c.name}，${c.exact ? data.file.precLabels[data.file.prec.indexOf(c.precision)] : `近似位置（${whosePoint(data, c)}的位置）`}`;

const popupBox = (html: string) => {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.innerHTML = html;
  return box;
};

const centerLink = (c: MapCenter) => `<a href="${esc(centerPath(c.slug))}">${esc(c.name)}</a>`;

/** A center's card; with an origin chosen, how far it is from there. */
function centerPopup(data: DecodedMapData, c: MapCenter, origin: LatLng | undefined) {
  const cfg = data.file.cfg;
  const cats = categoriesOf(data.file.cats, c.mask).map((cat) => data.file.catLabels[data.file.cats.indexOf(cat)]);
  const distance = origin && c.point ? haversineMeters(origin, c.point) : undefined;
  return popupBox(`<p class="map-popup-title">${centerLink(c)}</p>
      <p class="map-popup-place">${esc(placeLineOf(data, c.place))}</p>
      <p class="${c.exact ? '' : 'map-popup-approx'}">${esc(centerPrecisionNote(data, c))}</p>
      ${cats.length ? `<p>服务：${esc(cats.join('、'))}</p>` : ''}
      ${distance !== undefined ? `<p>距所选位置：直线${esc(formatDistance(distance))}，${esc(formatWalk(walkingMinutes(distance, cfg.walkingSpeedKmh)))}${c.exact ? '' : '（按近似位置估算）'}</p>` : ''}`);
}

/** The list of the centers a cluster stands for (several at one point, or too close to zoom apart). */
function clusterPopup(data: DecodedMapData, leaves: MapCenter[]) {
  const approx = leaves.filter((c) => !c.exact);
  const heading =
    approx.length === leaves.length
      ? `这 ${leaves.length} 个邻里中心都只知道${esc(whosePoint(data, leaves[0]!))}的位置，标在同一点：`
      : `这里有 ${leaves.length} 个位置相同或很近的邻里中心：`;
  return popupBox(
    `<p class="map-popup-title">${heading}</p><ul class="map-popup-list">${leaves
      .map((c) => `<li>${centerLink(c)}${c.exact ? '' : '<span class="map-tag">近似位置</span>'}</li>`)
      .join('')}</ul>`,
  );
}

export interface Popups {
  /** Opens a center's card on `marker`; focus moves into it when `returnTo` is given and goes back there after. */
  openCenter: (marker: L.Marker, c: MapCenter, returnTo?: HTMLElement) => void;
  /** The same for a cluster's list. */
  openCluster: (marker: L.Marker, leaves: MapCenter[], returnTo?: HTMLElement) => void;
}

/** Popups on `map` (inside `el`); a center's card measures its distance from `origin()` when there is one. */
export function createPopups(
  el: HTMLElement,
  map: L.Map,
  data: DecodedMapData,
  origin: () => LatLng | undefined,
): Popups {
  let returnFocus: HTMLElement | undefined;
  let focusPopup = false;
  let popupOpen = false;
  map.on('popupopen', (e) => {
    popupOpen = true;
    // Beside the zoom buttons, clear of the note and the credit line, inside the map (see popup-fit.ts).
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
    if (back && back.isConnected && (!active || active === document.body || el.contains(active)))
      back.focus({ preventScroll: true });
  });
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !popupOpen) return;
    e.stopPropagation();
    map.closePopup();
  });

  const open = (marker: L.Marker, content: HTMLElement, options: L.PopupOptions, returnTo: HTMLElement | undefined) => {
    returnFocus = returnTo;
    focusPopup = returnTo !== undefined;
    marker.unbindPopup();
    marker.bindPopup(content, options).openPopup();
  };
  return {
    openCenter: (marker, c, returnTo) =>
      open(marker, centerPopup(data, c, origin()), { maxWidth: 300, autoPanPadding: [16, 16] }, returnTo),
    openCluster: (marker, leaves, returnTo) => open(marker, clusterPopup(data, leaves), { maxWidth: 320 }, returnTo),
  };
}
