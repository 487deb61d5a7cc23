// Finds runs of Chinese inside English (and English inside Chinese) so each run can carry its own lang attribute.

export interface Run {
  text: string;
  /** True for a run of Chinese characters (with the CJK punctuation inside or around it). */
  han: boolean;
}

// A Han character (with any figures written right before it, as in 2023年度), then any mix of Han characters and
// CJK punctuation; an opening quote or full-width bracket just before belongs to the run too, so “爱乡邻·爱儒林” is
// one span and a screen reader switches voice once. ASCII brackets stay English.
const hanRun =
  /[“「《（]?[\d+]*\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20·“”‘’—…]|[+\d](?=[\p{Script=Han}+\d”」]))*[”」》）]?/gu;

/** Splits text into alternating Chinese and non-Chinese runs. Joining the runs gives the text back unchanged. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(hanRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), han: false });
    runs.push({ text: match[0], han: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}

/** Paragraphs of a text field: blank lines separate paragraphs; single line breaks inside one are folded. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    // A line break inside a paragraph becomes a space between Latin words and nothing between Chinese characters.
    .map((p) =>
      p
        .replace(
          /([^\n]?)\s*\n\s*([^\n]?)/g,
          (_, before: string, after: string) => `${before}${/\p{ASCII}/u.test(before + after) ? ' ' : ''}${after}`,
        )
        .trim(),
    )
    .filter(Boolean);

/** A date at the precision printed, in the reader's language: 2023 → 2023年 / 2023; 2023-05 → 2023年5月 / May 2023. */
export function showDateIn(lang: 'zh-Hans' | 'zh-Hant' | 'en', date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'en') {
    const month = m
      ? new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
      : '';
    return [d, month, y].filter(Boolean).join(' ');
  }
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}
