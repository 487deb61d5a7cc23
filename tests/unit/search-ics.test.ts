// The iCalendar feed (src/lib/search/ics.ts) follows RFC 5545: CRLF, folding at 75 octets, escaping, all-day dates.
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../src/lib/search/ics.ts';

const options = { prodId: '-//example.org//邻里地图 events//ZH', name: '邻里地图：邻里中心活动', stamp: new Date('2026-11-23T00:00:00Z') };
const event = {
  uid: 'zenglin-3@example.org',
  date: '2026-09-28',
  summary: '邻里节：便民服务进邻里, 健康义诊; 科普小实验（曾林社区）',
  description: '第一行\n第二行, 含逗号; 和分号\\反斜杠',
  location: '曾林社区"党建+"邻里中心，灵源街道 · 晋江市 · 泉州市',
  url: 'https://example.org/centers/zenglin/',
};
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar output', () => {
  const ics = buildCalendar([event], options);

  it('uses CRLF line endings only and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets, folding with a leading space, never splitting a character', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
  });

  it('has the required calendar and event properties', () => {
    const text = unfold(ics);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(text).toContain('UID:zenglin-3@example.org\r\n');
    expect(text).toContain('DTSTAMP:20261123T000000Z\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20260928\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20260929\r\n');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const text = unfold(ics);
    expect(text).toContain('SUMMARY:邻里节：便民服务进邻里\\, 健康义诊\\; 科普小实验（曾林社区）\r\n');
    expect(text).toContain('DESCRIPTION:第一行\\n第二行\\, 含逗号\\; 和分号\\\\反斜杠\r\n');
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('crosses a month end for DTEND', () => {
    expect(unfold(buildCalendar([{ ...event, date: '2026-12-31' }], options))).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('is a valid empty calendar when no event has a date', () => {
    const empty = buildCalendar([], options);
    expect(empty).toContain('BEGIN:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  });

  it('refuses dates that are not full days', () => {
    expect(() => buildCalendar([{ ...event, date: '2026-09' }], options)).toThrow(/only full YYYY-MM-DD dates/);
  });
});

describe('line folding', () => {
  it('leaves short lines alone and folds long Chinese lines between characters', () => {
    expect(foldLine('SUMMARY:短')).toBe('SUMMARY:短');
    const long = `DESCRIPTION:${'邻'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').map(octets).every((n) => n <= 75)).toBe(true);
  });
});
