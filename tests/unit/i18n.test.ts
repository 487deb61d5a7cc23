// The 简体→繁體 converter on tricky cases, the phrase table's entries, and the helpers that mark foreign-script runs.
import { describe, expect, it } from 'vitest';
import { openccOnly, toHant, toHantDeep } from '../../src/lib/i18n/convert.ts';
import { alternatesOf, langOfPath, localPath } from '../../src/lib/i18n/langs.ts';
import { phraseFixes, phrasePins } from '../../src/lib/i18n/phrases.ts';
import { paragraphs, showDateIn, splitRuns } from '../../src/lib/i18n/scripts.ts';
import { uiFor } from '../../src/lib/i18n/ui.ts';

describe('toHant: local names and words OpenCC can get wrong', () => {
  it.each([
    ['土笋冻', '土筍凍'],
    ['西安村土笋冻特色产业', '西安村土筍凍特色產業'],
    ['灵源万应茶产学研基地', '靈源萬應茶產學研基地'],
    ['曾林社区乡村记忆馆', '曾林社區鄉村記憶館'],
    ['兴新社区红色文化展厅', '興新社區紅色文化展廳'],
    ['濠浦社区莆阳文化驿站', '濠浦社區莆陽文化驛站'],
    ['西安村村史馆（产业文化馆）', '西安村村史館（產業文化館）'],
    // 里 in a place name is the old unit, not "inside": OpenCC alone writes 田裡村 and 鼎元裡城.
    ['后龙镇田里村', '後龍鎮田里村'],
    ['五里街镇鼎元里城', '五里街鎮鼎元里城'],
    // …but 里 meaning "inside" still converts, right next to a protected name.
    ['在村里参观田里村', '在村裡參觀田里村'],
    ['邻里一家亲', '鄰里一家親'],
    ['最美一公里', '最美一公里'],
    // 志 stays 志 in gazetteers, beside 村志.
    ['邀请晋江市方志办指导并启动村志编撰', '邀請晉江市方志辦指導並啟動村志編撰'],
    // One simplified character, two traditional ones, chosen by the word.
    ['后来', '後來'],
    ['皇后', '皇后'],
    ['干净', '乾淨'],
    ['干部', '幹部'],
    ['发展', '發展'],
    ['头发', '頭髮'],
    ['面积', '面積'],
    ['面条', '麵條'],
    ['30余名', '30餘名'],
    ['活动月历', '活動月曆'],
    ['颜鸿昂', '顏鴻昂'],
    // 征集 "collect" is 徵集, also right after 亲: OpenCC alone reads 親征 "lead an army" and writes 鄉親征集.
    ['乡亲征集', '鄉親徵集'],
    ['向海外乡亲征集老照片、族谱或书信', '向海外鄉親徵集老照片、族譜或書信'],
    ['向宗亲征集族谱', '向宗親徵集族譜'],
    ['开设24个意见征集渠道', '開設24個意見徵集渠道'],
    ['御驾亲征', '御駕親征'],
    ['华侨、乡贤、市民、学生', '華僑、鄉賢、市民、學生'],
  ])('%s → %s', (hans, hant) => {
    expect(toHant(hans)).toBe(hant);
  });

  it('leaves text without Han characters untouched, including Latin inside Chinese', () => {
    expect(toHant('Xi’an Village, 2023')).toBe('Xi’an Village, 2023');
    expect(toHant('村LOGO、卡通形象IP')).toBe('村LOGO、卡通形象IP');
  });

  it('must run once only: OpenCC reads 繁體 input as 简体 and can change it again', () => {
    // Why every string is converted exactly once (and the e2e test looks for 鄰裡 in built pages).
    expect(openccOnly('鄰里中心')).toBe('鄰裡中心');
    expect(toHant('邻里中心')).toBe('鄰里中心');
  });

  it('converts nested values but keeps verbatim keys (locators, slugs, hrefs) as written', () => {
    const input = {
      title: '乡村记忆馆',
      slug: 'zenglin',
      cites: [{ source: 'lingyuan-sanlin', locator: '建成社区乡村记忆馆', n: 1 }],
      sources: [{ printedTitle: '灵源“三邻”工作法' }],
    };
    expect(toHantDeep(input)).toEqual({
      title: '鄉村記憶館',
      slug: 'zenglin',
      cites: [{ source: 'lingyuan-sanlin', locator: '建成社区乡村记忆馆', n: 1 }],
      sources: [{ printedTitle: '灵源“三邻”工作法' }],
    });
  });
});

describe('the phrase table', () => {
  it.each(phraseFixes.map((p) => [p.hans, p]))('fix %s is still needed (OpenCC alone gets it wrong)', (_, p) => {
    expect(openccOnly(p.hans)).not.toBe(p.hant);
    expect(toHant(p.hans)).toBe(p.hant);
  });

  it.each(phrasePins.map((p) => [p.hans, p]))(
    'pin %s agrees with OpenCC (if not, look before changing either)',
    (_, p) => {
      expect(openccOnly(p.hans)).toBe(p.hant);
    },
  );

  it('has no entry twice and explains every entry', () => {
    const keys = [...phraseFixes, ...phrasePins].map((p) => p.hans);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of [...phraseFixes, ...phrasePins]) expect(p.why.length).toBeGreaterThan(5);
  });
});

describe('script runs and paragraphs', () => {
  it('finds Chinese runs in English and gives the text back unchanged', () => {
    const text =
      'the village history hall (村史馆), “neighbors as one family” (邻里一家亲) and the “爱乡邻·爱儒林” theme';
    const runs = splitRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.han).map((r) => r.text)).toEqual(['村史馆', '邻里一家亲', '“爱乡邻·爱儒林”']);
  });

  it('keeps a figure that belongs to a Chinese term inside its run', () => {
    expect(
      splitRuns('(2023年度)')
        .filter((r) => r.han)
        .map((r) => r.text),
    ).toEqual(['2023年度']);
    expect(
      splitRuns('the “党建+” model')
        .filter((r) => r.han)
        .map((r) => r.text),
    ).toEqual(['“党建+”']);
  });

  it('splits paragraphs on blank lines only', () => {
    expect(paragraphs('第一段。\n\n第二段，\n接着写。')).toEqual(['第一段。', '第二段，接着写。']);
    expect(paragraphs('One line\nand the next.\n\nTwo.')).toEqual(['One line and the next.', 'Two.']);
  });

  it('shows dates at the printed precision in each language', () => {
    expect(showDateIn('zh-Hans', '2023')).toBe('2023年');
    expect(showDateIn('zh-Hant', '2023-05')).toBe('2023年5月');
    expect(showDateIn('en', '2023-05-01')).toBe('1 May 2023');
    expect(showDateIn('en', '2023')).toBe('2023');
  });
});

describe('language paths and interface words', () => {
  it('maps a 简体 path to each language and back', () => {
    expect(localPath('zh-Hant', '/exhibits/x/')).toBe('/zh-hant/exhibits/x/');
    expect(localPath('en', '/exhibits/x/')).toBe('/en/exhibits/x/');
    expect(localPath('zh-Hans', '/exhibits/x/')).toBe('/exhibits/x/');
    expect(langOfPath('/zh-hant/exhibits/x/')).toBe('zh-Hant');
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/english-page/')).toBe('zh-Hans');
    expect(alternatesOf('/huixiang/').map((a) => a.href)).toEqual([
      '/huixiang/',
      '/zh-hant/huixiang/',
      '/en/huixiang/',
    ]);
  });

  it('generates 繁體 interface words from the 简体 ones', () => {
    const hant = uiFor('zh-Hant');
    expect(hant.skipLink).toBe('跳到正文');
    expect(hant.siteName).toBe('鄰里地圖');
    expect(hant.mainNav).toBe('主導航');
    expect(hant.languages).toBe('語言');
    expect(hant.timeline).toBe('大事記');
    expect(hant.sources).toBe('資料來源');
    expect(hant.unknown).toBe('未公佈');
    expect(hant.kinds['memory-hall']).toBe('鄉村記憶館');
    // `center` is also a verbatim key for content; interface words must still convert.
    expect(hant.center).toBe('所在鄰里中心');
    expect(hant.exhibitCount(8)).toBe('共 8 篇');
    expect(hant.translationNote).toContain('繁體');
  });

  it('has the same interface words in every language', () => {
    const keys = (lang: 'zh-Hans' | 'zh-Hant' | 'en') => Object.keys(uiFor(lang)).sort();
    expect(keys('en')).toEqual(keys('zh-Hans'));
    expect(keys('zh-Hant')).toEqual(keys('zh-Hans'));
    for (const [key, value] of Object.entries(uiFor('en')))
      if (typeof value === 'string' && !['translationNote', 'sourceLanguageNote'].includes(key))
        expect(value, key).not.toBe('');
  });
});
