// Checks that every citation's locator (a heading or a short phrase) really occurs in the archived source text.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { citationsIn, type ContentEntry } from '../../src/lib/content/tree.node.ts';

/** Longest locator phrase we accept, in characters after normalising: a journalist searches for it with Ctrl-F. */
export const maxLocatorLength = 20;

const quoteMap: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '「': '"', '」': '"', '『': '"', '』': '"', '〝': '"', '〞': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '＇': "'",
  '・': '·', '•': '·', '‧': '·', '･': '·',
  '—': '-', '–': '-', '―': '-', '－': '-',
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
    texts.set(slug, normaliseForMatch(readFileSync(full, 'utf8')));
  }
  const problems: LocatorProblem[] = [];
  let citations = 0;
  let checked = 0;
  for (const entry of entries) {
    for (const c of citationsIn(entry.data)) {
      citations++;
      const path = c.path.slice(0, -1);
      const holder = path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown>)?.[key], entry.data) as Record<string, unknown>;
      const locator = String(holder?.locator ?? '');
      const source = String(c.source);
      const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      if (!sources.has(source)) {
        problems.push({ file: entry.file, path: where, source, locator, message: `cites source '${source}', which does not exist` });
        continue;
      }
      const text = texts.get(source);
      if (text === undefined) continue;
      checked++;
      const needle = normaliseForMatch(locator);
      if (!text.includes(needle)) problems.push({ file: entry.file, path: where, source, locator, message: `locator "${locator}" is not found in ${String(sources.get(source)?.file)}` });
      else if ([...needle].length > maxLocatorLength)
        problems.push({ file: entry.file, path: where, source, locator, message: `locator "${locator}" is ${[...needle].length} characters: use a shorter phrase (at most ${maxLocatorLength}) that a reader can search for` });
      if (typeof holder?.quote === 'string' && !text.includes(normaliseForMatch(holder.quote)))
        problems.push({ file: entry.file, path: where, source, locator, message: `quote "${holder.quote}" is not found verbatim in ${String(sources.get(source)?.file)}` });
    }
  }
  return { checkedSources: [...texts.keys()].sort(), missingFiles, citations, checked, problems };
}
