// Turns the basemap choice in src/config/map.ts into tile URLs, reading the 天地图 key from the environment.
import type { BasemapChoice } from '../../config/map.ts';
import type { ResolvedBasemap } from './codec.ts';

export class BasemapConfigError extends Error {}

const where = 'src/config/map.ts: basemap';

/** 天地图 web-Mercator layers: vector map (vec_w) and its Chinese labels (cva_w). */
const tiandituLayer = (layer: 'vec' | 'cva', key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

/**
 * Resolves the configured basemap. Throws a BasemapConfigError naming the setting and the fix when the
 * choice cannot work (a 天地图 key missing, a template without {z}/{x}/{y}), so the build stops instead of
 * shipping a map that silently shows nothing.
 */
export function resolveBasemap(choice: BasemapChoice, env: Record<string, string | undefined>): ResolvedBasemap {
  switch (choice.provider) {
    case 'none':
      return { kind: 'none' };
    case 'tianditu': {
      const key = env[choice.keyEnv]?.trim();
      if (!key)
        throw new BasemapConfigError(
          `${where}.provider is 'tianditu' but the environment variable ${choice.keyEnv} is empty: build with ${choice.keyEnv}=<your 天地图 browser key> (console.tianditu.gov.cn), or set basemap to { provider: 'none' }`,
        );
      return {
        kind: 'tiles',
        name: '天地图',
        layers: [
          { url: tiandituLayer('vec', key), subdomains: '01234567' },
          { url: tiandituLayer('cva', key), subdomains: '01234567' },
        ],
        attribution: '底图 © 天地图',
        crs: 'WGS-84',
        maxZoom: 18,
      };
    }
    case 'gaode':
      return {
        kind: 'tiles',
        name: '高德地图',
        layers: [
          {
            url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
            subdomains: '1234',
          },
        ],
        attribution: '底图 © 高德地图',
        crs: 'GCJ-02',
        maxZoom: 18,
      };
    case 'url': {
      const missing = ['{z}', '{x}', '{y}'].filter((p) => !choice.template.includes(p));
      if (missing.length)
        throw new BasemapConfigError(
          `${where}.template must contain ${missing.join(', ')} (an XYZ tile URL like https://tile.example.org/{z}/{x}/{y}.png), got '${choice.template}'`,
        );
      if (!/^https:\/\//.test(choice.template))
        throw new BasemapConfigError(
          `${where}.template must start with https:// (browsers block http tiles on an https site), got '${choice.template}'`,
        );
      if (choice.template.includes('{s}') && !choice.subdomains)
        throw new BasemapConfigError(`${where}.template uses {s}: set basemap.subdomains, e.g. 'abc'`);
      if (!choice.attribution.trim())
        throw new BasemapConfigError(
          `${where}.attribution is empty: tile providers require credit, e.g. '© OpenStreetMap contributors'`,
        );
      return {
        kind: 'tiles',
        name: '底图',
        layers: [{ url: choice.template, subdomains: choice.subdomains ?? '' }],
        attribution: choice.attribution,
        crs: choice.crs,
        maxZoom: choice.maxZoom ?? 18,
      };
    }
  }
}
