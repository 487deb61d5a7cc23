// iCalendar (RFC 5545) for dated center events: all-day VEVENTs, escaped text, lines folded at 75 octets, CRLF.

export interface CalendarEvent {
  /** Stable unique id, e.g. "zenglin-3@linli-ditu.example.org". */
  uid: string;
  /** YYYY-MM-DD: only events with a full date go into a calendar. */
  date: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
}

export interface CalendarOptions {
  /** PRODID: who made the calendar. */
  prodId: string;
  /** Calendar name shown by apps (X-WR-CALNAME). */
  name: string;
  /** DTSTAMP for every event: when the calendar was generated. */
  stamp: Date;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation lines start with one
 * space. Splits only between characters, never inside a multi-byte UTF-8 sequence (Chinese is 3 octets each).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** UTC date-time in basic format: 20261123T080000Z. */
export const utcStamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** The day after a YYYY-MM-DD date, as YYYYMMDD (DTEND of an all-day event is exclusive). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) throw new Error(`ics: event ${e.uid} has date '${e.date}'; only full YYYY-MM-DD dates can go into a calendar`);
  }
  const stamp = utcStamp(options.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${e.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(e.date)}`, `SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
