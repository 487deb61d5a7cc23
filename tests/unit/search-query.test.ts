// Query understanding: splitting residents' words into known terms, synonyms, match tiers, snippets, concept keys.
import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  conceptKeys,
  groupKey,
  hasTraditional,
  matchText,
  normalizeQuery,
  parseQuery,
  snippet,
  stripKeys,
} from '../../src/lib/search/query.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms.node.ts';

const vocab = buildVocabulary(loadSynonyms());
const texts = (q: string) => parseQuery(q, vocab).tokens.map((t) => t.text);

describe('splitting a query into terms', () => {
  it('splits words typed without spaces using the synonym vocabulary', () => {
    expect(texts('老人吃饭')).toEqual(['老人', '吃饭']);
    expect(texts('老人看病')).toEqual(['老人', '看病']);
  });

  it('prefers the longest known term', () => {
    expect(texts('长者食堂')).toEqual(['长者食堂']);
    expect(texts('四点半课堂')).toEqual(['四点半课堂']);
    expect(texts('法律咨询')).toEqual(['法律咨询']);
  });

  it('drops words that carry no meaning, and single ones only at the edge of unknown text', () => {
    expect(texts('办医保')).toEqual(['医保']);
    expect(texts('我想找哪里可以看病')).toEqual(['看病']);
    expect(texts('西门村的托管')).toEqual(['西门村', '托管']);
    // A place name with a stop character inside it is kept whole.
    expect(texts('双和村')).toEqual(['双和村']);
  });

  it('keeps unknown text such as place names as one term', () => {
    expect(texts('安海镇长者食堂')).toEqual(['安海镇', '长者食堂']);
    expect(texts('安海 托管')).toEqual(['安海', '托管']);
  });

  it('notices near-me wording and the directory entries a query is about', () => {
    const q = parseQuery('附近的长者食堂', vocab);
    expect(q.nearMe).toBe(true);
    expect(q.tokens.map((t) => t.text)).toEqual(['长者食堂']);
    expect(q.categories).toContain('canteen');
    expect(parseQuery('看孩子', vocab).audiences).toContain('children');
  });

  it('normalises full-width characters, case and punctuation', () => {
    expect(normalizeQuery('  ＬＥＤ招聘屏，  长者食堂！')).toBe('led招聘屏 长者食堂');
  });

  it('expands a term to its synonyms, itself first', () => {
    const [token] = parseQuery('老人', vocab).tokens;
    expect(token!.alternatives[0]).toBe('老人');
    expect(token!.alternatives).toEqual(expect.arrayContaining(['长者', '老年人']));
    const [care] = parseQuery('看孩子', vocab).tokens;
    expect(care!.alternatives).toEqual(expect.arrayContaining(['托管', '托育', '带娃']));
  });
});

describe('judging a page by real substrings', () => {
  it('ranks the query as typed above all its terms, all terms above synonyms, synonyms above loose', () => {
    const q = parseQuery('老人吃饭', vocab);
    expect(matchText('这里解决老人吃饭问题', q).tier).toBe(0);
    expect(matchText('老人中午来这里吃饭', q).tier).toBe(1);
    const synonym = matchText('社区长者食堂每天开放', q);
    expect(synonym.tier).toBe(2);
    expect(synonym.via).toEqual(expect.arrayContaining([{ term: '老人', synonym: '长者' }]));
    expect(matchText('老人活动中心', q).tier).toBe(3);
  });

  it('does not count 校长 or 读者 as 长者', () => {
    const q = parseQuery('长者', vocab);
    expect(matchText('校长和读者都来了', q).tier).toBe(3);
    expect(matchText('长者食堂', q).tier).toBe(0);
  });

  it('does not match across a block boundary Pagefind marks', () => {
    const q = parseQuery('食堂日间照料', vocab);
    expect(matchText('长者食堂. 日间照料中心', q).tier).toBe(1);
  });
});

describe('snippets', () => {
  it('marks the found words in a short passage around the first one', () => {
    const text = `${'前文'.repeat(40)}. 这里有长者食堂，每天中午供老人就餐。${'后文'.repeat(60)}`;
    const pieces = snippet(text, ['长者食堂', '老人']);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['长者食堂', '老人']);
    expect(pieces[0]!.text).toBe('…');
    expect(pieces.map((p) => p.text).join('').length).toBeLessThan(text.length);
  });

  it('marks the longest word whole', () => {
    const pieces = snippet('长者食堂', ['长者', '长者食堂']);
    expect(pieces).toEqual([{ text: '长者食堂', mark: true }]);
  });
});

describe('concept keys', () => {
  it('gives a text the key of every synonym group it mentions, and strips keys from shown text', () => {
    const keys = conceptKeys('设有长者食堂和卫生服务站', vocab);
    const canteen = vocab.groupsOf.get('长者食堂')![0]!;
    const clinic = vocab.groupsOf.get('卫生服务站')![0]!;
    expect(keys).toEqual(expect.arrayContaining([groupKey(canteen), groupKey(clinic)]));
    // 老年食堂 is in the same group as 长者食堂: its key finds this text too.
    expect(vocab.groupsOf.get('老年食堂')).toContain(canteen);
    expect(keys).not.toContain(groupKey(vocab.groupsOf.get('借书')![0]!));
    expect(stripKeys(`长者食堂. ${keys.join(' ')}. 下一段`)).toBe('长者食堂. . 下一段');
  });

  it('ends keys so that prefix matching cannot mix groups (g1z is not a prefix of g12z)', () => {
    expect(groupKey(12).startsWith(groupKey(1))).toBe(false);
  });
});

describe('traditional characters', () => {
  it('detects a query that needs 繁→简 conversion', () => {
    expect(hasTraditional('長者食堂', '長書醫')).toBe(true);
    expect(hasTraditional('长者食堂', '長書醫')).toBe(false);
  });
});
