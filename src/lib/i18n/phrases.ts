// Local terms the 简体→繁體 converter must render a fixed way: fixes where OpenCC is wrong, pins where it is right.

export interface Phrase {
  /** The 简体 text as our content writes it. */
  hans: string;
  /** The 繁體 text it must become. */
  hant: string;
  /** Why this entry exists, so a later editor can judge it. */
  why: string;
}

/**
 * OpenCC (cn → tw) gets these wrong. Mostly 里 in place names: OpenCC reads 里 as "inside" (裡) after a noun,
 * but in a village or estate name it is the old unit 里 and stays 里. Each entry is checked by a unit test:
 * if OpenCC ever gets one right by itself, the test says the entry can go.
 */
export const phraseFixes: readonly Phrase[] = [
  { hans: '田里村', hant: '田里村', why: '泉港区后龙镇 village (article 001); OpenCC gives 田裡村.' },
  { hans: '鼎元里城', hant: '鼎元里城', why: '永春县五里街镇 housing estate (article 003); OpenCC gives 鼎元裡城.' },
  {
    hans: '亲征集',
    hant: '親徵集',
    why: '乡亲/宗亲 followed by 征集 "collect" (xian-cunzhi exhibit); OpenCC reads 親征 "lead an army" as a word and keeps 征.',
  },
  {
    hans: '方志',
    hant: '方志',
    why: 'Local gazetteer, as in 晋江市方志办; OpenCC gives 方誌, which would not match 村志 beside it.',
  },
];

/**
 * Names OpenCC converts correctly today, pinned so a dictionary update cannot silently change how a village, a
 * local product or a person is written. A unit test fails if OpenCC's own output drifts from the pin, so the
 * change gets a human look instead of going unnoticed.
 */
export const phrasePins: readonly Phrase[] = [
  { hans: '土笋冻', hant: '土筍凍', why: '西安村 heritage snack; 笋 must become 筍 and 冻 凍.' },
  { hans: '万应茶', hant: '萬應茶', why: '灵源 heritage tea (article 002).' },
  { hans: '西安村', hant: '西安村', why: 'Village name identical in both scripts; must not gain a variant.' },
  { hans: '曾林社区', hant: '曾林社區', why: '曾 is a place-name character here, not 曾经.' },
  { hans: '兴新社区', hant: '興新社區', why: '巴中经开区 community (article 004).' },
  { hans: '濠浦社区', hant: '濠浦社區', why: '荔城区 community (article 004).' },
  { hans: '莆阳', hant: '莆陽', why: 'Old name of 莆田, in 莆阳文化驿站 and 莆阳书房.' },
  { hans: '乡村记忆馆', hant: '鄉村記憶館', why: 'The memory hall of 曾林社区.' },
  { hans: '村史馆', hant: '村史館', why: 'Village history hall.' },
  { hans: '村志', hant: '村志', why: 'Village gazetteer: 志, not 誌.' },
  { hans: '乡贤', hant: '鄉賢', why: 'Notable villagers.' },
  { hans: '华侨', hant: '華僑', why: 'Overseas Chinese.' },
  { hans: '颜鸿昂', hant: '顏鴻昂', why: 'Person named in article 000.' },
  { hans: '吴国州', hant: '吳國州', why: 'Person named in article 002.' },
  { hans: '安海镇', hant: '安海鎮', why: 'Town of 西安村.' },
  { hans: '灵源', hant: '靈源', why: 'Subdistrict and company name in article 002.' },
  { hans: '晋江', hant: '晉江', why: 'County-level city.' },
];
