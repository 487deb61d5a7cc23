// Interface words in 简体, 繁體 and English. 繁體 is generated from 简体 so the two never drift; English is written.
import { geoCredit, nav, siteName } from '../site.ts';
import type { ExhibitKind } from '../../schemas/exhibit.ts';
import type { FunctionId, ServiceCategory, Audience } from '../../schemas/service.ts';
import { toHant, toHantDeep } from './convert.ts';
import type { Lang } from './langs.ts';

const zhHans = {
  siteName,
  skipLink: '跳到正文',
  mainNav: '主导航',
  footerNav: '页脚',
  footerSources: '资料来源',
  footerAbout: '关于与纠错',
  footerData: '开放数据',
  footerBefore: '本站内容根据公开报道整理，每项事实均注明出处；报道未提及的信息标为"未公布"。文字内容以',
  footerAfter: '许可发布。',
  geoCredit: geoCredit.zh,
  /** Navigation labels by href (site.ts's; 繁體 converts them, English has its own). */
  nav: Object.fromEntries(nav.map((item) => [item.href, item.label])) as Record<string, string>,
  languages: '语言',
  readIn: '阅读语言',
  unknown: '未公布',
  /** For a source's publisher or date that the document does not print. */
  notStated: '未公布',
  exhibits: '村史与展馆',
  exhibitsIntro: '海内外乡亲回乡寻根，可以先在这里读一读村里的故事。每篇都注明出处；报道没有写到的内容，本站不补写。',
  exhibitCount: (n: number) => `共 ${n} 篇`,
  contents: '本页内容',
  summary: '简介',
  timeline: '大事记',
  timelineNote: '按报道叙述的先后排列。报道没有印出发表日期，所以“去年”“今年”无法换算成具体年份，照原文列出。',
  timelineNone: '报道没有印出与此相关的日期。',
  people: '人物',
  visit: '参观信息',
  where: '地点',
  whatToSee: '可以看什么',
  hours: '开放时间',
  images: '图片',
  imagePlaceholder: '暂无可用照片',
  imagePrintedIn: '原报道刊有这张照片',
  credit: '作者',
  licence: '许可',
  sources: '资料来源',
  sourcesNote: '引号中的短语可在原文中直接搜索到（原文为简体中文）。',
  citedAs: '出处',
  locatorLabel: '原文可搜索',
  publisher: '发布方',
  publishedOn: '发布日期',
  center: '所在邻里中心',
  place: '所在地区',
  seeCenter: '查看邻里中心',
  lastChecked: '最后核对',
  permalink: '本页链接',
  translationNote: '',
  sourceLanguageNote: '',
  alsoKnownAs: '又称',
  kinds: {
    'village-history-hall': '村史馆',
    'memory-hall': '乡村记忆馆',
    'industry-culture': '产业文化馆',
    'heritage-product': '特色物产',
    'red-culture': '红色文化展厅',
    'cultural-station': '文化驿站',
    'village-story': '村里的故事',
  } satisfies Record<ExhibitKind, string>,
};

export type UiStrings = typeof zhHans;

const en: UiStrings = {
  siteName: 'Neighborhood Centers',
  skipLink: 'Skip to main content',
  mainNav: 'Main navigation',
  footerNav: 'Footer',
  footerSources: 'Sources (Chinese)',
  footerAbout: 'About and corrections (Chinese)',
  footerData: 'Open data (Chinese)',
  footerBefore:
    'Everything on this site comes from published reports, and every fact names its source; what the reports do not say is marked “not published”. Text is published under',
  footerAfter: '.',
  geoCredit: geoCredit.en,
  nav: {
    '/': 'Home',
    '/centers/': 'Centers',
    '/map/': 'Map',
    '/services/': 'Services',
    '/exhibits/': 'Village history',
    '/search/': 'Search',
    '/about/': 'About',
  },
  languages: 'Language',
  readIn: 'Read in',
  unknown: 'not published',
  notStated: 'not stated',
  exhibits: 'Village history and exhibits',
  exhibitsIntro:
    'For overseas Chinese (华侨) coming home to find their village’s story. Each page names its sources; what the reports do not say, we do not add.',
  exhibitCount: (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`,
  contents: 'On this page',
  summary: 'Summary',
  timeline: 'Timeline',
  timelineNote:
    'In the order the report tells it. The reports carry no publication date, so “last year” or “this year” cannot be turned into a year; they are given as printed.',
  timelineNone: 'The reports print no dates for this story.',
  people: 'People',
  visit: 'Visiting',
  where: 'Where',
  whatToSee: 'What you can see',
  hours: 'Opening hours',
  images: 'Pictures',
  imagePlaceholder: 'No photo we may show',
  imagePrintedIn: 'The original report prints this photo',
  credit: 'Credit',
  licence: 'Licence',
  sources: 'Sources',
  sourcesNote:
    'The quoted phrases can be found word for word in the original reports, which are in simplified Chinese.',
  citedAs: 'Source',
  locatorLabel: 'search the original for',
  publisher: 'Publisher',
  publishedOn: 'Date',
  center: 'Neighborhood center',
  place: 'Place',
  seeCenter: 'About the center',
  lastChecked: 'Last checked',
  permalink: 'Permalink',
  translationNote:
    'This page is our English translation of the Chinese original. Chinese names and terms are kept in brackets so you can ask for them locally or search for them.',
  sourceLanguageNote: 'Chinese original',
  alsoKnownAs: 'Also called',
  kinds: {
    'village-history-hall': 'Village history hall',
    'memory-hall': 'Village memory hall',
    'industry-culture': 'Industry culture hall',
    'heritage-product': 'Local heritage product',
    'red-culture': 'Revolutionary history hall',
    'cultural-station': 'Culture station',
    'village-story': 'Village story',
  },
};

let hant: UiStrings | undefined;

/** The interface words for a page language. */
export function uiFor(lang: Lang): UiStrings {
  if (lang === 'en') return en;
  if (lang === 'zh-Hans') return zhHans;
  hant ??= {
    ...toHantDeep({ ...zhHans, exhibitCount: undefined, geoCredit: undefined }, new Set<string>()),
    exhibitCount: (n: number) => toHant(zhHans.exhibitCount(n)),
    geoCredit: toHant(geoCredit.zh),
    translationNote:
      '本頁由簡體中文原文自動轉換為繁體字（OpenCC，臺灣標準字形），地名與人名按本站對照表處理。引號中的原文短語保留簡體，方便在原文中搜尋。',
    sourceLanguageNote: '簡體原文',
  } as UiStrings;
  return hant;
}

/** Pages that exist in every language: the navigation links to the reader's language for these. */
const localisedPages = new Set(['/exhibits/', '/huixiang/']);

export interface NavItem {
  href: string;
  label: string;
  /** Set when the label is not in the page's language (a nav item English has no word for yet). */
  labelLang?: Lang | undefined;
  /** Set when the linked page is in another language than the page: 简体 pages linked from 繁體 or English ones. */
  hreflang?: Lang | undefined;
}

/** The main navigation for a page language: translated labels, and links to the same language where it exists. */
export function navFor(lang: Lang): NavItem[] {
  const t = uiFor(lang);
  return nav.map((item) => {
    const label = t.nav[item.href];
    const localised = lang !== 'zh-Hans' && localisedPages.has(item.href);
    return {
      href: localised ? `${lang === 'en' ? '/en' : '/zh-hant'}${item.href}` : item.href,
      label: label ?? item.label,
      labelLang: label ? undefined : 'zh-Hans',
      hreflang: lang === 'zh-Hans' || localised ? undefined : 'zh-Hans',
    };
  });
}

/** English names of the six 1+6+X functions, Chinese kept for the reader to ask for them. */
export const functionLabelsEn: Record<FunctionId, string> = {
  'elderly-care': 'care for the elderly',
  childcare: 'care for young children',
  medical: 'medical care',
  food: 'safe meals',
  leisure: 'leisure and culture',
  affairs: 'paperwork and errands',
};

export const serviceCategoryLabelsEn: Record<ServiceCategory, string> = {
  canteen: 'Elderly canteen and meals',
  'day-care': 'Day care for the elderly',
  'elderly-activity': 'Activities for older people',
  childcare: 'Childcare and after-school care',
  youth: 'Youth activities',
  clinic: 'Health care',
  legal: 'Legal help',
  mediation: 'Dispute mediation',
  government: 'Government services and errands',
  culture: 'Culture',
  library: 'Reading and library',
  sport: 'Sport and fitness',
  employment: 'Jobs',
  workers: 'Services for workers',
  volunteer: 'Volunteering',
  property: 'Property management',
  history: 'Village history and exhibitions',
  party: 'Party and community services',
  other: 'Other services',
};

export const audienceLabelsEn: Record<Audience, string> = {
  elderly: 'older people',
  children: 'children',
  youth: 'young people',
  families: 'families',
  disabled: 'people with disabilities',
  'job-seekers': 'job seekers',
  workers: 'workers',
  veterans: 'veterans',
  everyone: 'everyone',
};
