// Exhibit content and the 回乡 notes: every locator is found in its article, English pairs with the Chinese,
// dates are only those printed, and the 繁體 conversion of every exhibit keeps the names our phrase table fixes.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archivedPath, articleLines, locatorFound, normaliseForMatch } from '../../scripts/lib/locators.ts';
import { toHant, toHantDeep } from '../../src/lib/i18n/convert.ts';
import { phraseFixes } from '../../src/lib/i18n/phrases.ts';
import { splitRuns } from '../../src/lib/i18n/scripts.ts';
import { notInSources, visitorNotes } from '../../src/lib/exhibits/huixiang-notes.ts';
import { exhibitSchema } from '../../src/schemas/exhibit.ts';
import { repoRoot as root, siteDataOf } from '../support/site-data.ts';

const { exhibits, sourceBySlug } = siteDataOf(root);
/** The cited article's own text: its lines of the archived file, not the other articles printed beside it. */
const article = (source: string) => {
  const data = sourceBySlug.get(source);
  const full = data?.file ? archivedPath(root, data.file) : '';
  return full && existsSync(full) ? articleLines(readFileSync(full, 'utf8'), data?.lines) : undefined;
};

describe('exhibit content', () => {
  it('has one exhibit per story the articles tell, each with sections, a visit note and an English translation', () => {
    expect(exhibits.map((e) => e.slug).sort()).toEqual([
      'haopu-puyang-yizhan',
      'lingyuan-wanyingcha',
      'xian-cunshiguan',
      'xian-cunzhi',
      'xian-tusundong',
      'xian-xiangxian',
      'xingxin-hongse-zhanting',
      'zenglin-jiyiguan',
    ]);
    for (const e of exhibits) {
      expect(e.sections.length, e.slug).toBeGreaterThan(0);
      expect(
        e.en.sections.map((s) => s.id),
        e.slug,
      ).toEqual(e.sections.map((s) => s.id));
    }
  });

  it('prints a timeline date only where the source prints that year, as printed', () => {
    for (const e of exhibits)
      for (const entry of e.timeline.filter((t) => t.date)) {
        const text = normaliseForMatch(article(entry.source) ?? '');
        // The year must appear in the article, and in the printed phrase we show beside it.
        expect(text, `${e.slug}: ${entry.date}`).toContain(entry.date!.slice(0, 4));
        expect(entry.asPrinted, e.slug).toContain(entry.date!.slice(0, 4));
      }
  });

  it('shows hours only where printed; none of the articles prints any', () => {
    for (const e of exhibits) expect(e.visit.hours, e.slug).toBe('unknown');
  });

  it('shows no image it has no licence for', () => {
    for (const e of exhibits)
      for (const img of e.images) expect(img.src === undefined || img.licence !== 'unknown', e.slug).toBe(true);
  });

  it('keeps Chinese terms in brackets in the English text', () => {
    for (const e of exhibits) {
      const english = [e.en.summary, ...e.en.sections.map((s) => s.body)].join('\n');
      expect(
        splitRuns(english).some((r) => r.han),
        e.slug,
      ).toBe(true);
    }
  });

  it('rejects an English block that does not pair with the Chinese', () => {
    const base = exhibits[0]!;
    const broken = { ...base, en: { ...base.en, sections: base.en.sections.slice(1) } };
    const result = exhibitSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues.map((i) => i.path))).toContain('"en","sections"');
    const reserved = {
      ...base,
      sections: [{ ...base.sections[0]!, id: 'timeline' }, ...base.sections.slice(1)],
      en: { ...base.en, sections: [{ ...base.en.sections[0]!, id: 'timeline' }, ...base.en.sections.slice(1)] },
    };
    expect(exhibitSchema.safeParse(reserved).success).toBe(false);
  });

  it('converts to 繁體 with the phrase table applied wherever a fixed name occurs', () => {
    for (const e of exhibits) {
      const hans = JSON.stringify(e);
      const hant = JSON.stringify(toHantDeep(e));
      for (const fix of phraseFixes)
        if (hans.includes(fix.hans)) expect(hant, `${e.slug}: ${fix.hans}`).toContain(fix.hant);
      expect(hant).not.toContain('鄰裡');
    }
    expect(toHant('西安村村史馆（产业文化馆）')).toBe('西安村村史館（產業文化館）');
  });
});

describe('回乡 visitor notes', () => {
  it.each(visitorNotes.map((n) => [n.id, n]))('%s: the locator is in the cited article', (_, note) => {
    const text = article(note.source);
    expect(text, `source ${note.source} has no archived file`).toBeDefined();
    expect(locatorFound(text!, note.locator)).toBe(true);
  });

  it('links only to exhibits that exist, and says in both languages what no report says', () => {
    const slugs = new Set(exhibits.map((e) => e.slug));
    for (const note of visitorNotes) if (note.exhibit) expect(slugs.has(note.exhibit), note.id).toBe(true);
    expect(notInSources.zh).toContain('寻根');
    expect(notInSources.en).toContain('寻根');
  });

  it('does not present 回家日 as a homecoming for villagers abroad', () => {
    const note = visitorNotes.find((n) => n.zh.includes('回家日'))!;
    expect(note.zh).toContain('不是返乡活动');
    expect(note.en).toContain('not a homecoming');
  });
});
