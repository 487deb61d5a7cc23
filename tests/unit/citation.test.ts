// Citation strings for 安平社区's page, checked against expectations written by hand from GB/T 7714-2015 and APA 7.
import { describe, expect, it } from 'vitest';
import {
  apa7,
  apa7Html,
  bibtex,
  citationKey,
  cslJson,
  gbt7714,
  ris,
  type CitablePage,
} from '../../src/lib/citations/citation.ts';

const anping: CitablePage = {
  key: 'centers/anping',
  title: '安平社区"党建+"邻里中心',
  url: 'https://linli-ditu.example.org/centers/anping/',
  updated: '2026-11-23',
  accessed: '2026-11-24',
  language: 'zh-Hans',
};
const undated: CitablePage = { ...anping, updated: undefined };

describe('GB/T 7714-2015 electronic resource', () => {
  it('is 责任者. 题名[EB/OL]. (更新日期)[引用日期]. URL.', () => {
    // Written by hand: author 邻里地图, title, [EB/OL], update date in round brackets, citation date in square ones,
    // then the access path, every element closed by ". " and the entry by ".".
    expect(gbt7714(anping)).toBe(
      '邻里地图. 安平社区"党建+"邻里中心[EB/OL]. (2026-11-23)[2026-11-24]. https://linli-ditu.example.org/centers/anping/.',
    );
  });

  it("keeps only the citation date when the update date is unknown, as the standard's own examples do", () => {
    expect(gbt7714(undated)).toBe(
      '邻里地图. 安平社区"党建+"邻里中心[EB/OL]. [2026-11-24]. https://linli-ditu.example.org/centers/anping/.',
    );
  });

  it('refuses a malformed date instead of printing it', () => {
    expect(() => gbt7714({ ...anping, accessed: '2026-11' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('APA 7 web page with a group author', () => {
  it('is Author. (Year, Month Day). Title. Retrieved Month Day, Year, from URL — site name omitted (same as author), no final period', () => {
    expect(apa7(anping)).toBe(
      '邻里地图. (2026, November 23). 安平社区"党建+"邻里中心. Retrieved November 24, 2026, from https://linli-ditu.example.org/centers/anping/',
    );
  });

  it('uses n.d. without an update date', () => {
    expect(apa7(undated)).toBe(
      '邻里地图. (n.d.). 安平社区"党建+"邻里中心. Retrieved November 24, 2026, from https://linli-ditu.example.org/centers/anping/',
    );
  });

  it('adds a bracketed English title after a Chinese one, and italicises only the title in HTML', () => {
    const exhibit = {
      ...anping,
      key: 'exhibits/x',
      title: '西安村村史馆',
      titleTranslated: 'Xi’an Village History Museum',
    };
    expect(apa7(exhibit)).toBe(
      '邻里地图. (2026, November 23). 西安村村史馆 [Xi’an Village History Museum]. Retrieved November 24, 2026, from https://linli-ditu.example.org/centers/anping/',
    );
    expect(apa7Html(anping)).toBe(
      '邻里地图. (2026, November 23). <i>安平社区&quot;党建+&quot;邻里中心</i>. Retrieved November 24, 2026, from https://linli-ditu.example.org/centers/anping/',
    );
  });
});

describe('CSL-JSON', () => {
  it('is one webpage item with a literal group author, issued and accessed dates', () => {
    expect(cslJson(anping)).toEqual([
      {
        id: 'linli-ditu-centers-anping',
        type: 'webpage',
        title: '安平社区"党建+"邻里中心',
        author: [{ literal: '邻里地图' }],
        'container-title': '邻里地图',
        publisher: '邻里地图',
        URL: 'https://linli-ditu.example.org/centers/anping/',
        issued: { 'date-parts': [[2026, 11, 23]] },
        accessed: { 'date-parts': [[2026, 11, 24]] },
        language: 'zh-CN',
      },
    ]);
    expect(cslJson(undated)[0]).not.toHaveProperty('issued');
  });
});

describe('BibTeX (biblatex @online)', () => {
  it('has the group author in double braces, date as 更新日期 and urldate as 引用日期', () => {
    expect(bibtex(anping)).toBe(
      [
        '@online{linli-ditu-centers-anping,',
        '  author       = {{邻里地图}},',
        '  title        = {{安平社区"党建+"邻里中心}},',
        '  organization = {邻里地图},',
        '  date         = {2026-11-23},',
        '  url          = {https://linli-ditu.example.org/centers/anping/},',
        '  urldate      = {2026-11-24},',
        '  langid       = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes characters that would break the entry', () => {
    expect(bibtex({ ...anping, title: '100% {test} & #1_a' })).toContain(
      'title        = {{100\\% \\{test\\} \\& \\#1\\_a}}',
    );
  });

  it('makes keys from the page key', () => {
    expect(citationKey({ key: 'regions/anhai-xian' })).toBe('linli-ditu-regions-anhai-xian');
  });
});

describe('RIS', () => {
  it('is an ELEC record with CRLF line ends, DA for the update and Y2 for the access date, closed by ER', () => {
    expect(ris(anping)).toBe(
      [
        'TY  - ELEC',
        'AU  - 邻里地图',
        'TI  - 安平社区"党建+"邻里中心',
        'PB  - 邻里地图',
        'PY  - 2026',
        'DA  - 2026/11/23',
        'Y2  - 2026/11/24',
        'UR  - https://linli-ditu.example.org/centers/anping/',
        'LA  - zh-CN',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });
});
