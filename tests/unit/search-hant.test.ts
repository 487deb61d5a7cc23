// 繁體 queries: the character set that tells the page to load the converter, and the tw→cn conversion itself.
import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalCharacters } from '../../src/lib/search/hant.ts';
import { hasTraditional } from '../../src/lib/search/query.ts';

describe('繁→简 for search', () => {
  it('converts the queries overseas readers type', () => {
    expect(toSimplified('長者食堂')).toBe('长者食堂');
    expect(toSimplified('辦醫保')).toBe('办医保');
    expect(toSimplified('圖書館借書')).toBe('图书馆借书');
    expect(toSimplified('法律諮詢')).toBe('法律咨询');
    expect(toSimplified('調解糾紛')).toBe('调解纠纷');
    expect(toSimplified('日間照料')).toBe('日间照料');
    expect(toSimplified('托管')).toBe('托管');
  });

  it('knows which characters are traditional-only, so simplified queries never load the converter', () => {
    const chars = traditionalCharacters();
    expect(chars.length).toBeGreaterThan(2000);
    expect(hasTraditional('長者食堂', chars)).toBe(true);
    expect(hasTraditional('醫保', chars)).toBe(true);
    for (const q of [
      '长者食堂',
      '老人吃饭',
      '托管',
      '看病',
      '办医保',
      '借书',
      '法律咨询',
      '调解',
      '日间照料',
      '四点半课堂',
      '安海镇',
    ]) {
      expect(hasTraditional(q, chars), q).toBe(false);
    }
  });
});
