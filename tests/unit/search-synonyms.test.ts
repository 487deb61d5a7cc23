// The synonym table (src/data/synonyms.yaml) is valid, and bad edits fail with the file, the field and a hint.
import { describe, expect, it } from 'vitest';
import { loadSynonyms, parseSynonyms } from '../../src/lib/search/synonyms.node.ts';
import { buildVocabulary, parseQuery } from '../../src/lib/search/query.ts';

describe('the synonym table', () => {
  const table = loadSynonyms();

  it('covers the words the issue names', () => {
    const vocab = buildVocabulary(table);
    const together = (a: string, b: string) => parseQuery(a, vocab).tokens[0]?.alternatives.includes(b);
    for (const [a, b] of [
      ['长者', '老人'],
      ['老人', '老年人'],
      ['食堂', '饭堂'],
      ['吃饭', '助餐'],
      ['托育', '托管'],
      ['带娃', '托管'],
      ['看孩子', '托管'],
      ['看病', '卫生站'],
      ['医疗', '诊所'],
      ['办事', '政务'],
      ['办证', '政务'],
      ['借书', '图书'],
      ['阅读', '图书'],
      ['法律', '律师'],
      ['打官司', '法律'],
      ['调解', '纠纷'],
    ] as const) {
      expect(together(a, b), `${a} → ${b}`).toBe(true);
    }
  });

  it('lists no word as both a term and a stop word', () => {
    const terms = new Set(table.groups.flatMap((g) => g.terms));
    expect(table.stopwords.filter((w) => terms.has(w))).toEqual([]);
  });

  it('rejects a group with one word, naming the file and the field', () => {
    expect(() => parseSynonyms('groups:\n  - terms: [长者]\n', 'syn.yaml')).toThrow(
      /syn\.yaml: groups\.0\.terms needs at least two words/,
    );
  });

  it('rejects an unknown category with the allowed values', () => {
    expect(() => parseSynonyms('groups:\n  - terms: [长者, 老人]\n    category: food\n', 'syn.yaml')).toThrow(
      /groups\.0\.category must be one of canteen/,
    );
  });

  it('rejects two words written as one entry', () => {
    expect(() => parseSynonyms('groups:\n  - terms: ["长者、老人", 老年人]\n', 'syn.yaml')).toThrow(
      /groups\.0\.terms\.0 must be one word/,
    );
  });

  it('rejects broken YAML clearly', () => {
    expect(() => parseSynonyms('groups: [', 'syn.yaml')).toThrow(/syn\.yaml: not valid YAML/);
  });
});
