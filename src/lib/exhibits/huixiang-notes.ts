// What the reports say centers offer a returning villager, each cited; plain data so unit tests can check the locators.
import type { Citation } from '../../schemas/common.ts';

export interface VisitorNote extends Citation {
  id: string;
  zh: string;
  en: string;
  /** The exhibit or center the note is about, linked in the reader's language. */
  exhibit?: string | undefined;
  center?: string | undefined;
}

/**
 * What the reports say centers offer a returning villager, each with its source. Kept to what is printed: the
 * 回家日 entry is here because the word suggests a homecoming day, and the report means something else.
 */
export const visitorNotes: readonly VisitorNote[] = [
  {
    id: 'cunshiguan',
    zh: '西安村的村史馆（产业文化馆）建成开放后，一批批华侨、乡贤、市民和学生来馆里了解村情。',
    en: 'Since Xi’an Village’s history hall (村史馆) opened, overseas Chinese (华侨), notable villagers (乡贤), townspeople and students have come in groups to learn about the village.',
    source: 'jinri-anhai-star-centers',
    locator: '华侨、乡贤、市民、学生',
    exhibit: 'xian-cunshiguan',
  },
  {
    id: 'xiangxian',
    zh: '乡贤联系：西安村在清明期间办了乡贤座谈会，50多名海内外乡贤代表回村叙乡情、商发展，并认领了村建和公益项目。',
    en: 'Notable villagers’ network: at Qingming (清明), Xi’an Village held a meeting of notable villagers (乡贤座谈会); more than 50 came from home and abroad and took on village building and charity projects.',
    source: 'jinri-anhai-star-centers',
    locator: '50多名西安村乡贤代表',
    exhibit: 'xian-xiangxian',
  },
  {
    id: 'jiyiguan',
    zh: '曾林社区的乡村记忆馆有“人文乡贤”一部分，和历史溯源、发展历程等主题一起讲社区的来历。',
    en: 'Zenglin Community’s village memory hall (乡村记忆馆) has a part on people and notable villagers (人文乡贤), beside its themes on origins and development.',
    source: 'lingyuan-sanlin',
    locator: '历史溯源、社区荣誉、人文乡贤',
    exhibit: 'zenglin-jiyiguan',
  },
  {
    id: 'linlijie',
    zh: '节日活动：曾林社区邻里中心在一个周末连办了12场“邻里节”主题活动，其中有“非遗文化进邻里”。',
    en: 'Festivals: in one weekend Zenglin Community’s center held 12 “neighborhood festival” (邻里节) events, including intangible cultural heritage (非遗文化进邻里).',
    source: 'lingyuan-sanlin',
    locator: '共计12场“邻里节”主题活动',
    center: 'zenglin',
  },
  {
    id: 'chunjie',
    zh: '惠安县的邻里中心在春节、端午、中秋等传统节日牵头办文艺汇演、扶贫助困等邻里节活动。',
    en: 'In Hui’an county (惠安县), neighborhood centers hold neighborhood festivals with performances and help for families in need at Spring Festival (春节), Duanwu (端午) and Mid-Autumn (中秋).',
    source: 'huian-jinlin-dangjian',
    locator: '在春节、端午、中秋等传统节日',
  },
  {
    id: 'huijiari',
    zh: '注意：永春县的“回家日”不是返乡活动。它指每月最后一个周日，在职党员回到自己居住的社区报到、服务。',
    en: 'Note: Yongchun county’s “going-home day” (回家日) is not a homecoming for villagers abroad. It is the last Sunday of each month, when working Party members report for service in the community where they live.',
    source: 'yongchun-zaizhi-dangyuan',
    locator: '每月最后一个周日',
  },
];

/** What no report says, stated once so nobody reads silence as a promise. */
export const notInSources = {
  zh: '五篇报道都没有提到帮海外乡亲寻根、查族谱的服务，也没有公布任何一个邻里中心的电话或开放时间。动身之前，请先向村（居）委会打听。',
  en: 'None of the five reports mentions help with tracing roots or genealogies (寻根, 族谱) for villagers abroad, and none gives a phone number or opening hours for any center. Ask the village or community committee (村委会 / 居委会) before you travel.',
};
