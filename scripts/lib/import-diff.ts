// A small line diff (longest common subsequence) for the importer's dry run: shows what a write would change.

export type DiffLine = { op: ' ' | '-' | '+'; text: string };

/** Line-by-line edit script from `before` to `after`. Content files are small, so O(n·m) is fine. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i++]! });
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < n) out.push({ op: '-', text: a[i++]! });
  while (j < m) out.push({ op: '+', text: b[j++]! });
  return out;
}

/** Changed lines with `context` unchanged lines around them; gaps are marked with "…". */
export function formatDiff(before: string, after: string, context = 1, indent = '      '): string {
  const lines = diffLines(before, after);
  const keep = new Set<number>();
  lines.forEach((line, k) => {
    if (line.op === ' ') return;
    for (let c = Math.max(0, k - context); c <= Math.min(lines.length - 1, k + context); c++) keep.add(c);
  });
  const out: string[] = [];
  let last = -1;
  for (const k of [...keep].sort((x, y) => x - y)) {
    if (last >= 0 && k > last + 1) out.push(`${indent}…`);
    out.push(`${indent}${lines[k]!.op} ${lines[k]!.text}`);
    last = k;
  }
  return out.join('\n');
}
