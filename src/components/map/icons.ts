// The pictures of markers: a center (exact or approximate position) and a cluster with its count.
import * as L from 'leaflet';
import { clusterCountText } from '../../lib/map/clusters.ts';

export const pointIcon = (exact: boolean, isFocus: boolean) =>
  L.divIcon({
    className: `map-marker ${exact ? 'map-marker-exact' : 'map-marker-approx'}${isFocus ? ' map-marker-focus' : ''}`,
    html: exact
      ? '<span class="map-dot" aria-hidden="true"></span>'
      : '<span class="map-dot" aria-hidden="true"></span><span class="map-tag" aria-hidden="true">近似位置</span>',
    iconSize: [44, 44],
    iconAnchor: [22, 22],
    popupAnchor: [0, -14],
  });

export const clusterIcon = (count: number, approx: number) =>
  L.divIcon({
    className: `map-marker map-cluster${approx === count ? ' map-cluster-approx' : ''}`,
    html: `<span class="map-count" aria-hidden="true">${clusterCountText(count)}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
  });
