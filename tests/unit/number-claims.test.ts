// Summary figures say no more than the facts: the same figure, hedged the same way, in 简体 and in English.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree, type ContentEntry } from '../../src/lib/content/tree.node.ts';
import { checkNumberClaims, enClaims, zhClaims } from '../../scripts/lib/number-claims.ts';

const root = resolve(import.meta.dirname, '../..');

const region = (summary: string, summaryEn: string, facts: Record<string, unknown>[]): ContentEntry => ({
  collection: 'regions',
  file: 'content/regions/fake.yaml',
  id: 'fake',
  body: '',
  data: { slug: 'fake', name: '假县', summary, summaryEn, facts },
});
const partyMembers = { what: '双报到的在职党员', value: 5600, unit: '名', precision: 'more-than' };

describe('figures in a sentence', () => {
  it('reads how Chinese hedges a figure: 多 and 余 more-than, 约 about, 以上 at-least, 万 ten thousand', () => {
    expect(zhClaims('推动全县5600多名在职党员报到，约30人参加，60周岁以上老人730人，服务2.8万居民。')).toEqual([
      { value: 5600, precision: 'more-than', text: '5600多' },
      { value: 30, precision: 'about', text: '约30' },
      { value: 60, precision: 'at-least', text: '60周岁以上' },
      { value: 730, precision: 'exact', text: '730' },
      { value: 28000, precision: 'exact', text: '2.8万' },
    ]);
  });

  it('reads how English hedges a figure, and skips years, names and compounds', () => {
    expect(enClaims('In 2023 more than 5,600 members, 30+ volunteers and 730 people aged 60 or over joined.')).toEqual([
      { value: 5600, precision: 'more-than', text: 'more than 5,600' },
      { value: 30, precision: 'more-than', text: '30+' },
      { value: 730, precision: 'exact', text: '730' },
      { value: 60, precision: 'at-least', text: '60 or over' },
    ]);
    expect(enClaims('the "1+6+X" model, a 15-minute circle, the 12345 hotline, code 350582101201')).toEqual([]);
    expect(enClaims('39 branches now cover 78 estates')).toEqual([
      { value: 39, precision: 'exact', text: '39' },
      { value: 78, precision: 'exact', text: '78' },
    ]);
  });
});

describe('summary figures against the facts', () => {
  it('accepts a figure stated as the fact states it', () => {
    expect(
      checkNumberClaims([
        region('全县5600多名在职党员到邻里中心报到。', 'More than 5,600 in-office Party members registered.', [
          partyMembers,
        ]),
      ]),
    ).toEqual([]);
  });

  it('lists a figure stated more precisely than the fact (5600多 written as 5,600)', () => {
    const problems = checkNumberClaims([
      region('全县5600多名在职党员报到。', '5,600 in-office Party members registered.', [partyMembers]),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/regions/fake.yaml',
        field: 'summaryEn',
        sentence: '5,600 in-office Party members registered.',
        claim: '5,600',
        message: 'says "5,600" (exact) but the fact says 5600 (more-than)',
      },
    ]);
  });

  it('lists a figure no fact states', () => {
    const [problem] = checkNumberClaims([region('全县5600多名在职党员报到，建成24个邻里中心。', '', [partyMembers])]);
    expect(problem?.message).toBe('says "24", but no fact of this region has the figure 24');
  });

  it('finds no summary sentence in the content whose figure or precision differs from its facts', () => {
    const problems = checkNumberClaims(loadContentTree(root).entries);
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message} — in: ${p.sentence}`)).toEqual([]);
  });
});
