// Writes RFC 4180 CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF line ends.

/** Quotes a cell when it holds a comma, quote, CR or LF, doubling inner quotes (RFC 4180 §2.6–2.7). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: BOM, header, records, each line ending in CRLF (RFC 4180 §2.1–2.3). Excel without the BOM reads
 * UTF-8 as the system code page (GBK on Chinese Windows) and shows mojibake.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  for (const [i, row] of rows.entries())
    if (row.length !== header.length)
      throw new Error(`csv: row ${i + 1} has ${row.length} cells but the header has ${header.length}`);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
