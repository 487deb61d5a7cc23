// "附近的邻里中心": a point from geolocation, a chosen place or a map click → centers nearest first, with walking minutes.
import {
  formatDistance,
  formatWalk,
  nearestFirst,
  walkingMinutes,
  type LatLng,
  type Ranked,
} from '../../lib/map/geo.ts';
import {
  ancestorAt,
  placeAncestors,
  placeLineOf,
  type DecodedMapData,
  type MapCenter,
  type MapPlace,
} from '../../lib/map/codec.ts';
import { centerPath } from '../../lib/paths.ts';
import type { MapController } from './engine.ts';

/** Messages for each Geolocation failure: say what happened and what to do instead, in plain words. */
export const geolocationMessages = {
  denied:
    '没有获得位置权限，无法自动定位。您可以在浏览器设置里允许本网站使用位置；也可以直接在下面选择所在的乡镇、村（社区），或在地图上点一下您的位置。',
  unavailable:
    '暂时无法确定您的位置（可能是手机定位已关闭或信号不好）。请在下面选择所在的乡镇、村（社区），或在地图上点一下您的位置。',
  timeout: '定位用时太长，已经停止。请再试一次，或在下面选择所在的乡镇、村（社区）。',
  unsupported: '这个浏览器不能自动定位。请在下面选择所在的乡镇、村（社区），或在地图上点一下您的位置。',
} as const;

/** More places than this and the chooser asks for the county first (see below). */
export const maxPlacesInOneList = 400;

const whoseLabel: Record<string, string> = {
  village: '村（社区）',
  town: '乡镇（街道）',
  county: '区县',
  city: '城市',
  province: '省份',
};

/** The panel's controls (NearMe.astro). */
interface Fields {
  locate: HTMLButtonElement;
  placeSelect: HTMLSelectElement;
  countySelect: HTMLSelectElement;
  countyRow: HTMLElement;
  catSelect: HTMLSelectElement;
  status: HTMLElement;
  alert: HTMLElement;
  results: HTMLElement;
}

function fieldsOf(panel: HTMLElement): Fields {
  const q = <T extends HTMLElement>(sel: string) => panel.querySelector<T>(sel)!;
  return {
    locate: q<HTMLButtonElement>('[data-locate]'),
    placeSelect: q<HTMLSelectElement>('[data-place]'),
    countySelect: q<HTMLSelectElement>('[data-county]'),
    countyRow: q<HTMLElement>('[data-county-row]'),
    catSelect: q<HTMLSelectElement>('[data-category]'),
    status: q<HTMLElement>('[data-status]'),
    alert: q<HTMLElement>('[data-alert]'),
    results: q<HTMLElement>('[data-results]'),
  };
}

/** True when a place's point is its own (not that of the unit above it). */
const ownPoint = (place: MapPlace) => place.precision === place.level || place.precision === 'point';

/** Places to choose from: towns, villages/communities and named areas with a point, grouped by county. */
function placesByCounty(data: DecodedMapData) {
  const groups = new Map<string, MapPlace[]>();
  let count = 0;
  for (const place of data.places) {
    if (!place.point || !['town', 'village', 'area'].includes(place.level)) continue;
    const chain = placeAncestors(data, place.index);
    const county = chain.find((p) => p.level === 'county') ?? chain.find((p) => p.level === 'city');
    const city = chain.find((p) => p.level === 'city');
    const label = county ? (city && city !== county ? `${city.name} ${county.name}` : county.name) : '其他地区';
    let list = groups.get(label);
    if (!list) groups.set(label, (list = []));
    list.push(place);
    count++;
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return {
    groups,
    count,
    counties: [...groups.keys()].sort(collator.compare),
    /** A county's places, towns first, then by name. */
    sortedPlaces: (label: string) =>
      groups
        .get(label)!
        .sort(
          (a, b) => (a.level === 'town' ? 0 : 1) - (b.level === 'town' ? 0 : 1) || collator.compare(a.name, b.name),
        ),
  };
}

/**
 * Fills the place chooser. Up to a few hundred places fit one select grouped by county. Beyond that (scale tests
 * have 10,000) a browser measures every option's text to size the select, which freezes a phone for seconds: choose
 * the county first, then only its places are listed.
 */
function fillPlaceChooser(panel: HTMLElement, { placeSelect, countySelect, countyRow }: Fields, data: DecodedMapData) {
  const { groups, count, counties, sortedPlaces } = placesByCounty(data);
  const optionFor = (place: MapPlace) => {
    const option = document.createElement('option');
    option.value = place.slug;
    const town = place.level === 'town' ? undefined : ancestorAt(data, place.index, 'town');
    option.textContent = `${place.name}${town ? `（${town.name}）` : ''}${ownPoint(place) ? '' : `，按所在${whoseLabel[place.precision] ?? '上级地区'}位置`}`;
    return option;
  };
  const resetPlaces = (text: string) => {
    const first = document.createElement('option');
    first.value = '';
    first.textContent = text;
    placeSelect.replaceChildren(first);
  };
  if (count <= maxPlacesInOneList) {
    const fragment = document.createDocumentFragment();
    for (const label of counties) {
      const group = document.createElement('optgroup');
      group.label = label;
      group.append(...sortedPlaces(label).map(optionFor));
      fragment.append(group);
    }
    placeSelect.append(fragment);
    return true;
  }
  countyRow.hidden = false;
  panel.querySelector('label[for="near-place"]')!.textContent = '再选择乡镇、村（社区）';
  countySelect.append(
    ...counties.map((label) =>
      Object.assign(document.createElement('option'), {
        value: label,
        textContent: `${label}（${groups.get(label)!.length}）`,
      }),
    ),
  );
  resetPlaces('请先选择区县');
  placeSelect.disabled = true;
  countySelect.addEventListener('change', () => {
    const label = countySelect.value;
    if (!groups.has(label)) {
      resetPlaces('请先选择区县');
      placeSelect.disabled = true;
      return;
    }
    resetPlaces('请选择……');
    placeSelect.append(...sortedPlaces(label).map(optionFor));
    placeSelect.disabled = false;
  });
  return false;
}

/** Whether a center is within the walking circle of the origin, or that its position is too rough to say. */
function verdict(data: DecodedMapData, c: MapCenter, meters: number) {
  const cfg = data.file.cfg;
  if (!c.exact) {
    const owner = ancestorAt(data, c.place, c.precision);
    return {
      cls: 'near-unknown',
      text: `位置不精确，无法判断（只知道${owner?.name ?? '上级地区'}的位置，距离按该位置估算）`,
    };
  }
  return meters <= cfg.circleRadiusMeters
    ? { cls: 'near-in', text: `在步行 ${cfg.circleMinutes} 分钟范围内（示意）` }
    : { cls: 'near-out', text: `不在步行 ${cfg.circleMinutes} 分钟范围内` };
}

/** One center in the results: link, place, distance, verdict and a button that shows it on the map. */
function resultItem(
  data: DecodedMapData,
  { item: c, meters }: Ranked<MapCenter>,
  controller: MapController | undefined,
) {
  const li = document.createElement('li');
  li.dataset['center'] = c.slug;
  const minutes = walkingMinutes(meters, data.file.cfg.walkingSpeedKmh);
  const v = verdict(data, c, meters);
  li.innerHTML = `<a class="near-name"></a><p class="near-place"></p><p class="near-distance"></p><p class="${v.cls}"></p>`;
  const name = li.querySelector('.near-name')!;
  name.setAttribute('href', centerPath(c.slug));
  name.textContent = c.name;
  li.querySelector('.near-place')!.textContent = placeLineOf(data, c.place);
  li.querySelector('.near-distance')!.textContent = `直线${formatDistance(meters)} · ${formatWalk(minutes)}`;
  li.querySelector(`.${v.cls}`)!.textContent = v.text;
  const show = document.createElement('button');
  show.type = 'button';
  show.className = 'near-show';
  show.textContent = '在地图上显示';
  show.setAttribute('aria-label', `在地图上显示${c.name}`);
  show.disabled = !controller;
  show.addEventListener('click', () => controller?.showCenter(c.index, show));
  li.append(show);
  return li;
}

/** Asks the browser for the reader's position; says plainly what to do instead when that fails. */
function locateReader(
  { locate, status, alert, placeSelect }: Fields,
  data: DecodedMapData,
  setOrigin: (point: LatLng, label: string, note: string) => void,
) {
  alert.textContent = '';
  if (!('geolocation' in navigator)) {
    alert.textContent = geolocationMessages.unsupported;
    return;
  }
  locate.disabled = true;
  status.textContent = '正在获取您的位置……';
  navigator.geolocation.getCurrentPosition(
    (pos) => {
      locate.disabled = false;
      const accuracy = pos.coords.accuracy;
      const note =
        accuracy > data.file.cfg.circleRadiusMeters
          ? `定位误差约 ${formatDistance(accuracy).replace('约 ', '')}，结果仅供参考。`
          : '';
      placeSelect.value = '';
      setOrigin({ lat: pos.coords.latitude, lng: pos.coords.longitude }, '您的位置', note);
    },
    (err) => {
      locate.disabled = false;
      status.textContent = '';
      alert.textContent =
        err.code === err.PERMISSION_DENIED
          ? geolocationMessages.denied
          : err.code === err.TIMEOUT
            ? geolocationMessages.timeout
            : geolocationMessages.unavailable;
    },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
  );
}

/** The list of centers nearest to the chosen origin, and the map it frames that origin on once there is one. */
class NearestList {
  private readonly data: DecodedMapData;
  private readonly fields: Fields;
  controller: MapController | undefined;
  private origin: { point: LatLng; label: string; note: string } | undefined;
  private shown: number;

  constructor(data: DecodedMapData, fields: Fields) {
    this.data = data;
    this.fields = fields;
    this.shown = data.file.cfg.nearMeStep;
  }

  /** The chosen category's bit (0 = all). */
  categoryMask() {
    const bit = this.data.file.cats.indexOf(this.fields.catSelect.value);
    return bit < 0 ? 0 : 1 << bit;
  }

  setOrigin(point: LatLng, label: string, note = '') {
    this.origin = { point, label, note };
    this.shown = this.data.file.cfg.nearMeStep;
    this.fields.alert.textContent = '';
    this.render();
  }

  render() {
    const { data, origin } = this;
    const { catSelect, status, results } = this.fields;
    if (!origin) return;
    const mask = this.categoryMask();
    const pool = mask ? data.centers.filter((c) => c.mask & mask) : data.centers;
    const ranked: Ranked<MapCenter>[] = nearestFirst(origin.point, pool, (c) => c.point);
    const catText = mask
      ? `，只看提供“${catSelect.selectedOptions[0]?.dataset['label'] ?? catSelect.value}”的中心`
      : '';
    status.textContent = ranked.length
      ? `离${origin.label}最近的邻里中心，按直线距离排列（共 ${ranked.length} 个${catText}）。${origin.note}`
      : `没有找到符合条件的邻里中心${catText}。`;
    const list = document.createElement('ol');
    list.className = 'near-results';
    list.append(...ranked.slice(0, this.shown).map((r) => resultItem(data, r, this.controller)));
    const more = ranked.length - this.shown;
    results.replaceChildren(list);
    if (more > 0) results.append(this.moreButton(more));
    const nearest = ranked[0]?.item;
    this.controller?.setOrigin(origin.point, origin.label, nearest);
  }

  /** Shows the next few centers and moves focus to the first of them. */
  private moreButton(more: number) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'near-more';
    button.textContent = `显示更多（还有 ${more} 个）`;
    button.addEventListener('click', () => {
      const first = this.shown;
      this.shown += this.data.file.cfg.nearMeStep;
      this.render();
      this.fields.results.querySelectorAll<HTMLElement>('.near-results > li .near-name')[first]?.focus();
    });
    return button;
  }
}

export function initNearMe(panel: HTMLElement, data: DecodedMapData) {
  const fields = fieldsOf(panel);
  const { placeSelect, countySelect, catSelect } = fields;
  const oneList = fillPlaceChooser(panel, fields, data);
  const nearest = new NearestList(data, fields);
  const setOrigin = (point: LatLng, label: string, note = '') => nearest.setOrigin(point, label, note);

  fields.locate.addEventListener('click', () => locateReader(fields, data, setOrigin));

  placeSelect.addEventListener('change', () => {
    const place = data.placeBySlug.get(placeSelect.value);
    if (!place?.point) return;
    const own = ownPoint(place);
    const owner = own ? undefined : ancestorAt(data, place.index, place.precision);
    setOrigin(
      place.point,
      `“${place.name}”`,
      own ? '' : `本站只知道${owner?.name ?? '上级地区'}的位置，距离按该位置计算。`,
    );
  });

  catSelect.addEventListener('change', () => {
    nearest.controller?.setFilter(nearest.categoryMask());
    nearest.render();
  });

  fields.locate.disabled = false;
  catSelect.disabled = false;
  countySelect.disabled = false;
  if (oneList) placeSelect.disabled = false;
  panel.dataset['ready'] = 'true';

  return {
    attachMap(c: MapController) {
      nearest.controller = c;
      if (nearest.categoryMask()) c.setFilter(nearest.categoryMask());
      c.onPick((p) => {
        placeSelect.value = '';
        setOrigin(p, '地图上所选的位置', '');
      });
      nearest.render();
    },
  };
}
