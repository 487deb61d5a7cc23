// The one place that sets the map's assumptions (walking speed, 15-minute radius) and chooses its basemap.

/**
 * Walking assumption behind every "15-minute" circle and every "步行约 N 分钟" on the site.
 *
 * GB 50180-2018《城市居住区规划设计标准》 puts the 15-minute life circle (15分钟生活圈) at a walking
 * distance of 800–1000 m. We take the lower end: 3.2 km/h (≈53 m/min) × 15 min = 800 m.
 * Why the lower end: most of our readers are older people, who walk slower than the 4–5 km/h planners
 * use for adults; and we measure straight-line distance, which is always shorter than the real route,
 * so a smaller circle is less likely to promise a walk that is really longer than 15 minutes.
 * Change `walkingSpeedKmh` (and nothing else) to use another speed: the radius follows from it.
 */
export const walking = {
  walkingSpeedKmh: 3.2,
  circleMinutes: 15,
} as const;

/** Radius of the schematic 15-minute circle, in metres (derived: speed × minutes). */
export const circleRadiusMeters = Math.round((walking.walkingSpeedKmh * 1000 * walking.circleMinutes) / 60);

/**
 * Which location precisions are exact enough to draw a 15-minute circle and to say whether a point is
 * inside it. `point` is the center itself. `village` is its own village's or community's point: the
 * 党群服务中心 that hosts a center usually sits by the village committee, so the circle is a fair
 * sketch — it is still labelled with whose point it is. Town, county, city and province points can be
 * kilometres away from the center: those get a hollow "近似位置" marker and no circle.
 */
export const circlePrecisions: readonly string[] = ['point', 'village'];

/** Supported basemaps. Content is WGS-84; a GCJ-02 basemap makes the map shift our points for display. */
export type BasemapChoice =
  | { provider: 'none' }
  | { provider: 'tianditu'; keyEnv: string }
  | { provider: 'gaode' }
  | {
      provider: 'url';
      template: string;
      subdomains?: string;
      attribution: string;
      crs: 'WGS-84' | 'GCJ-02';
      maxZoom?: number;
    };

/**
 * THE basemap switch. Default `none`: CI and this machine have no outside network, and a map with no
 * tiles still shows every center, the circles, a scale and a note saying why there is no basemap.
 *
 * - `{ provider: 'tianditu', keyEnv: 'TIANDITU_KEY' }` — 天地图 (national platform, CGCS2000 ≈ WGS-84,
 *   so no shift). The browser key is read from that environment variable at build time.
 * - `{ provider: 'gaode' }` — 高德 tiles (GCJ-02: our WGS-84 points are converted for display).
 * - `{ provider: 'url', template: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '…', crs: 'WGS-84' }`
 *   — any OSM-style XYZ tile server.
 */
export const basemap: BasemapChoice = { provider: 'none' };

/** Map view limits shared by every map on the site. */
export const view = {
  maxZoom: 18,
  /** Zoom used to show one center whose point is its own (or its village's). */
  centerZoom: 15,
  /** Below this zoom the 15-minute circles are a few pixels wide, so they are not drawn. */
  minCircleZoom: 11,
  /** Cluster radius in pixels (supercluster). */
  clusterRadius: 56,
  /** How many near-me results to show at first (the list can grow by the same step). */
  nearMeStep: 10,
  /**
   * Up to this many centers, /map/ prints every center in its own list. Above it (scale tests: 10,000) the
   * list would be over a megabyte of HTML that the browser must parse before any script runs, so /map/
   * lists counties and towns with their counts instead, each linking to its region page, which lists
   * every center there: still reachable without a map or JavaScript, one click further.
   */
  fullListMax: 2000,
  /**
   * From this many centers the map's data file (about 130 bytes a center) is downloaded by a worker: reading a body
   * of a megabyte on a phone's busy main thread took ~1 s at 10,000 centers (4x CPU). Below it, starting a worker
   * costs more than it saves (~0.2 s for the 25 real centers).
   */
  workerDataFrom: 1000,
} as const;
