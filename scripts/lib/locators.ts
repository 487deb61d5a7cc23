// Checks that every citation's locator (a heading or a short phrase) really occurs in the archived source text.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { citationsIn, type ContentEntry } from '../../src/lib/content/tree.node.ts';

/** Longest locator phrase we accept, in characters after normalising: a journalist searches for it with Ctrl-F. */
export const maxLocatorLength = 20;

const quoteMap: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〝': '"',
  '〞': '"',
  '＂': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '＇': "'",
  '・': '·',
  '•': '·',
  '‧': '·',
  '･': '·',
  '—': '-',
  '–': '-',
  '―': '-',
  '－': '-',
};

/**
 * Normalises text for matching: full-width forms to half-width (NFKC), curly and corner quotes to straight
 * quotes, and all whitespace (spaces, line breaks, ideographic spaces) removed. Article 004 was extracted from a
 * two-column layout with lines broken mid-word, so whitespace must not matter.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟「」『』〝〞＂‘’‚‛＇・•‧･—–―－]/g, (ch) => quoteMap[ch] ?? ch)
    .replace(/^#+\s*/gm, '')
    .replace(/\s+/gu, '');
}

/** True when the locator occurs in the (already normalised or raw) article text. */
export function locatorFound(articleText: string, locator: string): boolean {
  const needle = normaliseForMatch(locator);
  return needle.length > 0 && normaliseForMatch(articleText).includes(needle);
}

export interface LocatorProblem {
  file: string;
  path: string;
  source: string;
  locator: string;
  message: string;
  /** What to do about it, e.g. which other article in the same file holds the locator. */
  hint?: string;
}

export interface LocatorReport {
  /** Sources whose archived file could be read, by slug. */
  checkedSources: string[];
  /** Sources with a `file` that is missing on disk (e.g. seeds folder absent). */
  missingFiles: { source: string; file: string }[];
  citations: number;
  checked: number;
  problems: LocatorProblem[];
}

/** Where a source's archived file lives: relative to the folder that holds the checkout (shared/ sits beside it). */
export const archivedPath = (repoRoot: string, file: string) => resolve(repoRoot, '..', file);

type LineRange = { from: number; to: number };

/**
 * The part of an archived file that is one article: the source's `lines` ranges (1-based, inclusive), or the whole
 * file when the source has none. Ranges are joined by a line break, so a phrase cannot match across two of them.
 */
export function articleLines(fileText: string, lines?: readonly LineRange[]): string {
  if (!lines?.length) return fileText;
  const all = fileText.split('\n');
  return lines.map((r) => all.slice(r.from - 1, r.to).join('\n')).join('\n\u0000\n');
}

const rangesOf = (data: Record<string, unknown>) =>
  Array.isArray(data.lines) ? (data.lines as LineRange[]) : undefined;
const describeLines = (lines?: readonly LineRange[]) =>
  lines?.length ? ` (lines ${lines.map((r) => `${r.from}–${r.to}`).join(', ')})` : '';

/**
 * Checks every citation in the entries: the source resolves, and, when the source has an archived text file,
 * the locator is found in it and is short. Sources without a file (or whose file is missing) are not checked
 * for locators; they are listed in `missingFiles` so the caller can say so.
 */
export function checkLocators(entries: ContentEntry[], repoRoot: string): LocatorReport {
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [String(e.data.slug), e.data]));
  const texts = new Map<string, string>();
  const missingFiles: LocatorReport['missingFiles'] = [];
  for (const [slug, data] of sources) {
    const file = typeof data.file === 'string' ? data.file : undefined;
    if (!file) continue;
    const full = archivedPath(repoRoot, file);
    if (!existsSync(full)) {
      missingFiles.push({ source: slug, file });
      continue;
    }
    texts.set(slug, normaliseForMatch(articleLines(readFileSync(full, 'utf8'), rangesOf(data))));
  }
  /** Sources sharing one archived file, to name the article a stray locator belongs to. */
  const siblings = (slug: string) =>
    [...sources].filter(([other, data]) => other !== slug && data.file === sources.get(slug)?.file && texts.has(other));
  const notFound = (source: string, what: string, needle: string): Pick<LocatorProblem, 'message' | 'hint'> => {
    const data = sources.get(source)!;
    const message = `${what} is not found in ${String(data.file)}${describeLines(rangesOf(data))}, the article '${source}'`;
    const owner = siblings(source).find(([other]) => texts.get(other)!.includes(needle));
    if (owner) return { message, hint: `it is in another article of the same file: cite source: ${owner[0]}` };
    return {
      message,
      hint: `copy a short phrase from that article as printed (whitespace and quote styles do not matter)`,
    };
  };
  const problems: LocatorProblem[] = [];
  let citations = 0;
  let checked = 0;
  for (const entry of entries) {
    for (const c of citationsIn(entry.data)) {
      citations++;
      const path = c.path.slice(0, -1);
      const holder = path.reduce<unknown>(
        (obj, key) => (obj as Record<PropertyKey, unknown>)?.[key],
        entry.data,
      ) as Record<string, unknown>;
      const locator = String(holder?.locator ?? '');
      const source = String(c.source);
      const where = path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      if (!sources.has(source)) {
        problems.push({
          file: entry.file,
          path: where,
          source,
          locator,
          message: `cites source '${source}', which does not exist`,
        });
        continue;
      }
      const text = texts.get(source);
      if (text === undefined) continue;
      checked++;
      const needle = normaliseForMatch(locator);
      if (!text.includes(needle))
        problems.push({
          file: entry.file,
          path: where,
          source,
          locator,
          ...notFound(source, `locator "${locator}"`, needle),
        });
      else if ([...needle].length > maxLocatorLength)
        problems.push({
          file: entry.file,
          path: where,
          source,
          locator,
          message: `locator "${locator}" is ${[...needle].length} characters: use a shorter phrase (at most ${maxLocatorLength}) that a reader can search for`,
        });
      const quote = typeof holder?.quote === 'string' ? normaliseForMatch(holder.quote) : undefined;
      if (quote !== undefined && !text.includes(quote))
        problems.push({
          file: entry.file,
          path: where,
          source,
          locator,
          ...notFound(source, `quote "${String(holder.quote)}"`, quote),
        });
    }
  }
  return { checkedSources: [...texts.keys()].sort(), missingFiles, citations, checked, problems };
}
