// Makes a realistic synthetic content tree of N centers (regions, services, facts) for scale tests and benchmarks.
import { stringify } from 'yaml';

const syllables =
  '安平西门东林华丰新兴福泉港霞锦龙湖山水溪田厝坑埔岭阳城美和顺德仁义宝塔洋头尾前后上下中桥江海石竹梅兰松柏'.split('');
const villageSuffix = ['村', '社区'];
const townSuffix = ['镇', '街道', '乡'];
const serviceTemplates = [
  {
    name: '长者食堂',
    category: 'canteen',
    audience: ['elderly'],
    description: '为辖区老年人提供午餐，高龄老人可享受助餐优惠。',
  },
  {
    name: '日间照料中心',
    category: 'day-care',
    audience: ['elderly'],
    description: '白天照看需要陪护的老人，提供休息、康复和文娱活动。',
  },
  {
    name: '老年活动室',
    category: 'elderly-activity',
    audience: ['elderly'],
    description: '下棋、唱歌、健身操等老年人日常活动场所。',
  },
  {
    name: '四点半课堂',
    category: 'childcare',
    audience: ['children'],
    description: '放学后为中小学生提供作业辅导和托管。',
  },
  {
    name: '暑期托管班',
    category: 'childcare',
    audience: ['children', 'families'],
    description: '暑假期间为双职工家庭的孩子提供看护和兴趣课程。',
  },
  {
    name: '卫生服务站',
    category: 'clinic',
    audience: ['everyone'],
    description: '家庭医生定期坐诊，可测血压、血糖，开常用药。',
  },
  { name: '法律服务室', category: 'legal', audience: ['everyone'], description: '律师定期提供免费法律咨询。' },
  { name: '矛盾调解室', category: 'mediation', audience: ['everyone'], description: '调解邻里纠纷和家庭矛盾。' },
  {
    name: '便民服务窗口',
    category: 'government',
    audience: ['everyone'],
    description: '办理社保、医保、户籍证明等常见事项。',
  },
  { name: '图书室', category: 'library', audience: ['everyone'], description: '提供图书借阅和亲子阅读活动。' },
  { name: '健身场地', category: 'sport', audience: ['everyone'], description: '室外健身器材和篮球场。' },
  {
    name: '就业服务站',
    category: 'employment',
    audience: ['job-seekers'],
    description: '发布招聘信息，提供技能培训报名。',
  },
] as const;
const functionIds = ['elderly-care', 'childcare', 'medical', 'food', 'leisure', 'affairs'] as const;

/** A small deterministic PRNG so the same seed gives the same site, run after run. */
export function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

export interface SyntheticFile {
  path: string;
  text: string;
}

/** What every part of one generated site shares: the seeded random numbers, the output, and helpers. */
interface Generator {
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  /** A made-up place name of n syllables. */
  name: (n: number) => string;
  yaml: (data: unknown) => string;
  files: SyntheticFile[];
  today: string;
}

const source = { source: 'synthetic-report', locator: '合成数据' };
const villagesPerTown = 20;

/** A synthetic WGS-84 location at `point`, rounded to six decimals as the real content writes them. */
const pointAt = ([lat, lng]: readonly [number, number], precision: string) => ({
  lat: +lat.toFixed(6),
  lng: +lng.toFixed(6),
  crs: 'WGS-84',
  precision,
  source: 'synthetic',
});
const townsPerCounty = 15;

/** The synthetic source and the one province every region hangs from. */
function addSourceAndProvince({ files, yaml, today }: Generator): void {
  files.push({
    path: 'content/sources/synthetic-report.yaml',
    text: yaml({
      slug: 'synthetic-report',
      title: '合成测试数据（非真实报道）',
      publisher: '邻里地图测试',
      authors: [],
      date: 'unknown',
      kind: 'dataset',
      url: 'unknown',
      summary: '用于规模测试的合成数据，不对应任何真实地点。',
    }),
  });
  files.push({
    path: 'content/regions/syn-province.yaml',
    text: yaml({
      slug: 'syn-province',
      name: '合成省',
      level: 'province',
      location: { lat: 26.1, lng: 119.3, crs: 'WGS-84', precision: 'province', source: 'synthetic' },
      lastChecked: today,
    }),
  });
}

/** `counties` counties spread over Fujian's box; returns their points. */
function addCounties(g: Generator, counties: number): [number, number][] {
  const { rand, name, yaml, files, today } = g;
  const countyPoints: [number, number][] = [];
  for (let c = 0; c < counties; c++) {
    const point: [number, number] = [23.7 + rand() * 4.3, 116.2 + rand() * 4.2];
    countyPoints.push(point);
    files.push({
      path: `content/regions/syn-county-${c}.yaml`,
      text: yaml({
        slug: `syn-county-${c}`,
        name: `${name(2)}县`,
        level: 'county',
        parent: 'syn-province',
        location: pointAt(point, 'county'),
        lastChecked: today,
      }),
    });
  }
  return countyPoints;
}

/** `towns` towns, townsPerCounty to a county, near their county's point; returns their points. */
function addTowns(g: Generator, towns: number, countyPoints: [number, number][]): [number, number][] {
  const { rand, pick, name, yaml, files, today } = g;
  const townPoints: [number, number][] = [];
  for (let t = 0; t < towns; t++) {
    const county = Math.floor(t / townsPerCounty);
    const [lat, lng] = countyPoints[county]!;
    const point: [number, number] = [lat + (rand() - 0.5) * 0.3, lng + (rand() - 0.5) * 0.3];
    townPoints.push(point);
    files.push({
      path: `content/regions/syn-town-${t}.yaml`,
      text: yaml({
        slug: `syn-town-${t}`,
        name: `${name(2)}${pick(townSuffix)}`,
        level: 'town',
        parent: `syn-county-${county}`,
        location: pointAt(point, 'town'),
        facts: [{ what: '已建成邻里中心', value: villagesPerTown, unit: '个', ...source }],
        lastChecked: today,
      }),
    });
  }
  return townPoints;
}

/** `count` villages, villagesPerTown to a town, each with its center. */
function addCenters(g: Generator, count: number, townPoints: [number, number][]): void {
  const { rand, pick, name, yaml, files, today } = g;
  for (let i = 0; i < count; i++) {
    const town = Math.floor(i / villagesPerTown);
    const [lat, lng] = townPoints[town]!;
    const ownPoint = rand() < 0.6;
    const point: [number, number] = ownPoint ? [lat + (rand() - 0.5) * 0.05, lng + (rand() - 0.5) * 0.05] : [lat, lng];
    const location = {
      ...pointAt(point, ownPoint ? 'village' : 'town'),
      ...(ownPoint ? {} : { note: '坐标为所在乡镇的位置。' }),
    };
    const village = `${name(2)}${pick(villageSuffix)}`;
    const slug = `syn-${String(i).padStart(6, '0')}`;
    files.push({
      path: `content/regions/${slug}.yaml`,
      text: yaml({ slug, name: village, level: 'village', parent: `syn-town-${town}`, location, lastChecked: today }),
    });
    const services = [...serviceTemplates].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 5));
    const center = {
      slug,
      name: `${village}"党建+"邻里中心`,
      shortName: village,
      aliases: [],
      region: slug,
      location,
      kind: pick(['社区型', '农村型', '园区型']),
      summary: `${village}的邻里中心（合成数据），提供${services.map((s) => s.name).join('、')}等服务，步行15分钟可达。`,
      ratings: rand() < 0.3 ? [{ stars: 3 + Math.floor(rand() * 3), by: '合成市', year: 2023, ...source }] : [],
      functions: functionIds.filter(() => rand() < 0.7).map((id) => ({ id, ...source })),
      services: services.map((s) => ({ ...s, audience: [...s.audience], ...source })),
      facts: [
        {
          what: '服务居民',
          value: 1000 + Math.floor(rand() * 20000),
          unit: '人',
          precision: pick(['exact', 'about', 'more-than']),
          ...source,
        },
        { what: '志愿者', value: 10 + Math.floor(rand() * 90), unit: '名', precision: 'more-than', ...source },
        { what: '每月开展活动', value: 2 + Math.floor(rand() * 12), unit: '场', ...source },
      ],
      contacts: 'unknown',
      lastChecked: today,
    };
    files.push({ path: `content/centers/${slug}.mdx`, text: `---\n${yaml(center)}---\n` });
  }
}

export function generateSite(count: number, seed = 42, today = '2026-11-23'): SyntheticFile[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const g: Generator = {
    rand,
    pick,
    name: (n) => Array.from({ length: n }, () => pick(syllables)).join(''),
    yaml: (data) => stringify(data, { lineWidth: 0 }),
    files: [],
    today,
  };
  addSourceAndProvince(g);
  const towns = Math.ceil(count / villagesPerTown);
  const countyPoints = addCounties(g, Math.ceil(towns / townsPerCounty));
  addCenters(g, count, addTowns(g, towns, countyPoints));
  return g.files;
}
