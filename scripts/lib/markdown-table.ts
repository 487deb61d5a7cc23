// The Markdown tables the audit and the benchmarks print: columns padded so they line up in a terminal.

/** Display width in a terminal: CJK characters take two columns. */
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** `### title`, a blank line and the table. */
export function renderTable(title: string, columns: string[], rows: (string | number)[][]): string {
  const cells = [columns, ...rows.map((r) => r.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - displayWidth(c)))).join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(columns),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}
