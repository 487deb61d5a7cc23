// The centers' markers: clusters, each center's own keyboard-reachable marker and its schematic 15-minute circle,
// drawn again for the part of the map in view after every move.
import * as L from 'leaflet';
import type { ClusterProperties } from 'supercluster';
import { buildClusterIndex, type ClusterIndex, type ClusterProps, type PointProps } from '../../lib/map/clusters.ts';
import { zoomForPrecision, type MapCenter } from '../../lib/map/codec.ts';
import type { MapScene } from './base.ts';
import { clusterIcon, pointIcon } from './icons.ts';
import { centerLabel, type Popups } from './popups.ts';

type FoundProps = Partial<ClusterProperties> & Partial<PointProps> & Partial<ClusterProps>;

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

/** A center's marker: named, and a click, Enter or Space opens its card and moves focus into it. */
export function centerMarker(
  popups: Popups,
  c: MapCenter,
  label: string,
  at: L.LatLngExpression,
  options: L.MarkerOptions,
) {
  const marker = L.marker(at, options);
  return named(marker, label, 1, () => popups.openCenter(marker, c, marker.getElement() ?? undefined));
}

export class CenterMarkers {
  /** How many centers the markers stand for under the current filter, the page's own center included. */
  visibleCount = 0;
  private readonly scene: MapScene;
  private readonly popups: Popups;
  private index!: ClusterIndex;
  private readonly markerLayer: L.LayerGroup;
  private readonly circleLayer: L.LayerGroup;
  /** By key: `c<cluster id>` or `p<center index>`. */
  private readonly markers = new Map<string, L.Marker>();
  private readonly circles = new Map<number, L.Circle>();
  /** Where a cluster was that was zoomed into by keyboard: the next render focuses the marker nearest to it. */
  private pendingFocusNear: L.LatLng | undefined;

  constructor(scene: MapScene, popups: Popups) {
    this.scene = scene;
    this.popups = popups;
    this.markerLayer = L.layerGroup().addTo(scene.base.map);
    this.circleLayer = L.layerGroup().addTo(scene.base.map);
  }

  /** Clusters the centers in category `mask` (0 = all); the page's own center is drawn on its own, never in one. */
  buildIndex(mask: number) {
    const { data, display, focus } = this.scene;
    const built = buildClusterIndex(data.file.cfg, data.centers, display, { mask, skip: focus });
    this.index = built.index;
    this.visibleCount = built.count + (focus && display[focus.index] ? 1 : 0);
  }

  /** Rebuilds the clusters for another category filter and draws them. */
  setFilter(mask: number) {
    this.scene.base.map.closePopup();
    for (const [key, m] of this.markers) {
      if (!key.startsWith('c')) continue;
      this.markerLayer.removeLayer(m);
      this.markers.delete(key);
    }
    this.buildIndex(mask);
    this.render();
  }

  render() {
    const { base, data } = this.scene;
    const { map, el } = base;
    const cfg = data.file.cfg;
    const zoom = Math.round(map.getZoom());
    const b = map.getBounds().pad(0.25);
    const found = this.index.getClusters(
      [
        Math.max(-180, b.getWest()),
        Math.max(-85, b.getSouth()),
        Math.min(180, b.getEast()),
        Math.min(85, b.getNorth()),
      ],
      zoom,
    );
    const keep = new Set<string>();
    const keepCircles = new Set<number>();
    let represented = 0;
    for (const f of found) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as FoundProps;
      if (props.cluster) {
        const id = props.cluster_id!;
        const count = props.point_count!;
        const key = `c${id}`;
        keep.add(key);
        represented += count;
        this.markerLayer.addLayer(
          this.markerFor(key, () => this.clusterMarker(id, count, props.approx ?? 0, lat, lng)),
        );
      } else {
        const i = props.i!;
        const c = data.centers[i]!;
        const key = `p${i}`;
        keep.add(key);
        represented += 1;
        this.markerLayer.addLayer(this.markerFor(key, () => this.pointMarker(c, lat, lng)));
        if (c.exact && zoom >= cfg.minCircleZoom) {
          keepCircles.add(i);
          this.circleLayer.addLayer(this.circleFor(i, lat, lng));
        }
      }
    }
    this.removeOthers(keep, keepCircles);
    el.dataset['markerCount'] = String(represented);
    this.focusPending(keep);
    base.renderGraticule();
  }

  /** Pans to center `i` and opens its card, or its cluster's list while it still shares a point with others. */
  showCenter(i: number, returnTo?: HTMLElement) {
    const { base, data, display } = this.scene;
    const c = data.centers[i];
    const p = display[i];
    if (!c || !p) return;
    base.map.closePopup();
    const zoom = c.exact ? data.file.cfg.centerZoom : Math.max(zoomForPrecision(c.precision), 12);
    base.map.setView([p.lat, p.lng], zoom, { animate: false });
    this.render();
    const own = this.markers.get(`p${i}`);
    if (own && this.markerLayer.hasLayer(own)) {
      this.popups.openCenter(own, c, returnTo);
      return;
    }
    // Still clustered at this zoom (several centers share the point): list them.
    for (const [key, m] of this.markers) {
      if (!key.startsWith('c') || !this.markerLayer.hasLayer(m)) continue;
      const leaves = this.leaves(Number(key.slice(1)));
      if (!leaves.includes(c)) continue;
      this.popups.openCluster(m, leaves, returnTo);
      return;
    }
  }

  private leaves(clusterId: number) {
    return this.index.getLeaves(clusterId, Infinity).map((l) => this.scene.data.centers[l.properties.i]!);
  }

  private markerFor(key: string, make: () => L.Marker) {
    let m = this.markers.get(key);
    if (!m) {
      m = make();
      this.markers.set(key, m);
    }
    return m;
  }

  private clusterMarker(id: number, count: number, approx: number, lat: number, lng: number) {
    const { map } = this.scene.base;
    const maxZoom = this.scene.data.file.cfg.maxZoom;
    const marker = L.marker([lat, lng], {
      icon: clusterIcon(count, approx),
      keyboard: true,
      title: `${count} 个邻里中心`,
      riseOnHover: true,
    });
    return named(
      marker,
      `此处有 ${count} 个邻里中心，按回车键${this.index.getClusterExpansionZoom(id) > maxZoom ? '查看名单' : '放大'}`,
      count,
      () => {
        const zoomTo = this.index.getClusterExpansionZoom(id);
        const leaves = this.leaves(id);
        if (zoomTo > maxZoom || zoomTo <= map.getZoom()) {
          this.popups.openCluster(marker, leaves, marker.getElement() ?? undefined);
          return;
        }
        if (document.activeElement === marker.getElement()) this.pendingFocusNear = L.latLng(lat, lng);
        map.setView([lat, lng], zoomTo);
      },
    );
  }

  private pointMarker(c: MapCenter, lat: number, lng: number) {
    const { data, focus } = this.scene;
    const options = {
      icon: pointIcon(c.exact, c === focus),
      keyboard: true,
      title: c.name,
      riseOnHover: true,
      zIndexOffset: c === focus ? 1000 : 0,
    };
    return centerMarker(this.popups, c, centerLabel(data, c), [lat, lng], options);
  }

  private circleFor(i: number, lat: number, lng: number) {
    let circle = this.circles.get(i);
    if (!circle) {
      const { canvas } = this.scene.base;
      circle = L.circle([lat, lng], {
        radius: this.scene.data.file.cfg.circleRadiusMeters,
        renderer: canvas,
        interactive: false,
        color: '#8c1d17',
        weight: 1.5,
        dashArray: '6 5',
        fillColor: '#b3261e',
        fillOpacity: 0.07,
      });
      this.circles.set(i, circle);
    }
    return circle;
  }

  /** Takes off the markers and circles out of view (a marker with its popup open stays). */
  private removeOthers(keep: Set<string>, keepCircles: Set<number>) {
    for (const [key, m] of this.markers) {
      if (keep.has(key)) continue;
      if (m.isPopupOpen()) continue;
      this.markerLayer.removeLayer(m);
      // Cluster ids are only meaningful for the index that made them.
      if (key.startsWith('c')) this.markers.delete(key);
    }
    for (const [i, circle] of this.circles) if (!keepCircles.has(i)) this.circleLayer.removeLayer(circle);
  }

  /** After a keyboard zoom into a cluster, focuses the drawn marker nearest to where the cluster was. */
  private focusPending(keep: Set<string>) {
    if (!this.pendingFocusNear) return;
    const target = this.pendingFocusNear;
    this.pendingFocusNear = undefined;
    let best: L.Marker | undefined;
    let bestD = Infinity;
    for (const key of keep) {
      const m = this.markers.get(key)!;
      const d = m.getLatLng().distanceTo(target);
      if (d < bestD) [best, bestD] = [m, d];
    }
    best?.getElement()?.focus({ preventScroll: true });
  }
}
