// "Open in navigation" links for 高德, 百度, Apple Maps and OpenStreetMap, each in the coordinates that app expects.
import type { LatLng } from './geo.ts';
import { zoomForPrecision } from './codec.ts';
import { fromWgs84, type Crs } from './coords.ts';

export type NavApp = 'amap' | 'baidu' | 'apple' | 'osm';

export interface NavLink {
  app: NavApp;
  label: string;
  href: string;
  /** The coordinate system the link's coordinates are in. */
  crs: Crs;
}

/** Where an approximate point really is, in words for "导航到所在乡镇（近似）". */
export const approximateTarget: Record<string, string> = {
  village: '所在村（社区）',
  town: '所在乡镇',
  county: '所在区县',
  city: '所在城市',
  province: '所在省份',
};

/** The visible heading for a center's navigation links: honest about whose point the apps will get. */
export function navHeading(precision: string): string {
  if (precision === 'point') return '用地图应用导航到这里';
  const target = approximateTarget[precision];
  return target ? `导航到${target}（近似）` : '位置未公布，无法导航';
}

const fixed = (x: number) => x.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
const q = encodeURIComponent;

/**
 * The four links for a WGS-84 point.
 * - 高德 URI API (uri.amap.com/marker): position=lng,lat; we convert to GCJ-02 and say coordinate=gaode.
 *   Our points came from Amap's GCJ-02 data through gcoord, so the round trip lands on Amap's own point.
 * - 百度 URI API (api.map.baidu.com/marker): location=lat,lng with coord_type=bd09ll (we convert to BD-09);
 *   title, content, output=html and src (webapp.company.app) are required by that API.
 * - Apple Maps (maps.apple.com/?ll=lat,lng&q=name): in mainland China Apple's map data comes from
 *   AutoNavi and is drawn in GCJ-02, so a WGS-84 `ll` lands a few hundred metres off; we send GCJ-02
 *   (content points are all inside China: the location schema rejects others).
 * - OpenStreetMap (mlat/mlon): WGS-84, unchanged.
 */
export function navLinks(point: LatLng, name: string, precision: string): NavLink[] {
  const gcj = fromWgs84(point, 'GCJ-02');
  const bd = fromWgs84(point, 'BD-09');
  const zoom = zoomForPrecision(precision);
  const content = precision === 'point' ? name : `${navHeading(precision)}：${name}`;
  return [
    {
      app: 'amap',
      label: '高德地图',
      crs: 'GCJ-02',
      href: `https://uri.amap.com/marker?position=${fixed(gcj.lng)},${fixed(gcj.lat)}&name=${q(name)}&src=linli-ditu&coordinate=gaode&callnative=1`,
    },
    {
      app: 'baidu',
      label: '百度地图',
      crs: 'BD-09',
      href: `https://api.map.baidu.com/marker?location=${fixed(bd.lat)},${fixed(bd.lng)}&title=${q(name)}&content=${q(content)}&output=html&coord_type=bd09ll&src=${q('webapp.linliditu.map')}`,
    },
    {
      app: 'apple',
      label: 'Apple 地图',
      crs: 'GCJ-02',
      href: `https://maps.apple.com/?ll=${fixed(gcj.lat)},${fixed(gcj.lng)}&q=${q(name)}&z=${zoom}`,
    },
    {
      app: 'osm',
      label: 'OpenStreetMap',
      crs: 'WGS-84',
      href: `https://www.openstreetmap.org/?mlat=${fixed(point.lat)}&mlon=${fixed(point.lng)}#map=${zoom}/${fixed(point.lat)}/${fixed(point.lng)}`,
    },
  ];
}
