// The built calendar feeds, read in ical.js as a calendar app reads them: /events.ics holds 永春县's 回家日 as an
// RRULE expanding to the last Sunday of each month, every page with calendar entries has its own feed, and the
// pages link each feed as .ics and as webcal:.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../support/ical.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const webcal = (path: string) => new RegExp(`href="webcal://[^/"]+${path.replace(/\./g, '\\.')}"`);

describe('/events.ics', () => {
  const { events } = parseCalendar(read('events.ics'));
  const huijiari = events.find((e) => e.summary.startsWith('在职党员“回家日”（永春县）'));

  it('holds 永春县 回家日 as an all-day RRULE whose next two days after 2026-12-03 are 2026-12-27 and 2027-01-31', () => {
    expect(huijiari?.rrule).toMatch(/^FREQ=MONTHLY;/);
    expect(huijiari!.allDay).toBe(true);
    expect(huijiari!.occurrencesAfter('2026-12-03', 2)).toEqual(['2026-12-27', '2027-01-31']);
  });

  it('has one entry per UID and no RRULE for a rule the source leaves vague', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.some((e) => e.summary.includes('每周一看'))).toBe(false);
  });
});

describe('per-page feeds and links', () => {
  it("/regions/yongchun/events.ics is the county's own feed, linked from its page and /events/", () => {
    const { events } = parseCalendar(read('regions/yongchun/events.ics'));
    expect(events.map((e) => e.summary)).toEqual(['在职党员“回家日”（永春县）']);
    expect(events[0]!.occurrencesAfter('2026-12-03', 2)).toEqual(['2026-12-27', '2027-01-31']);
    for (const page of ['regions/yongchun/index.html', 'events/index.html']) {
      const html = read(page);
      expect(html, page).toContain('href="/regions/yongchun/events.ics"');
      expect(html, page).toMatch(webcal('/regions/yongchun/events.ics'));
    }
  });

  it('/events/ links the site-wide feed both ways and shows the rule in plain Chinese with its source', () => {
    const html = read('events/index.html');
    expect(html).toContain('href="/events.ics"');
    expect(html).toMatch(webcal('/events.ics'));
    const start = html.indexOf('在职党员“回家日”</h3>');
    const item = html.slice(start, html.indexOf('</li>', start));
    expect(item).toContain('时间：每月最后一个星期日');
    expect(item).toMatch(/href="\/sources\/[^"]+#loc-/);
  });

  it('gives no feed to a page whose events have no day and no exact rule', () => {
    expect(existsSync(join(dist, 'regions/huian/events.ics'))).toBe(false);
    expect(read('regions/huian/index.html')).not.toContain('events.ics');
  });
});
