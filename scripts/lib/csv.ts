// CSV reading shared by the geo and spreadsheet importers: RFC 4180 records, encoding checks, Excel quirks.

export interface CsvRecord {
  /** The row number a spreadsheet shows for this record: the first record (the header) is row 1. */
  row: number;
  cells: string[];
}

export class CsvError extends Error {
  readonly row: number;
  readonly hint: string;
  constructor(row: number, message: string, hint: string) {
    super(message);
    this.row = row;
    this.hint = hint;
  }
}

/**
 * RFC 4180 records with their spreadsheet row numbers: quoted fields, doubled quotes inside them, LF or CRLF
 * line ends, line breaks inside quoted cells (still one spreadsheet row). Blank records are kept, so numbers
 * stay those the editor sees; callers skip them. An unclosed quote throws a CsvError naming its row.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStart = 0;
  const end = () => {
    row.push(field);
    records.push({ row: records.length + 1, cells: row });
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteStart = records.length + 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
    } else field += ch;
  }
  if (quoted)
    throw new CsvError(
      quoteStart,
      'has a quote (") that is never closed',
      'a cell that starts with " must end with "; write a quote inside a cell as "" — or re-save the file from Excel/WPS',
    );
  if (field !== '' || row.length) end();
  return records;
}

/** Non-blank records as plain string arrays (the shape shared/geo/places.csv readers use). */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text)
    .map((r) => r.cells)
    .filter((cells) => cells.some((cell) => cell !== ''));
}

export const isBlankRecord = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');

export type DecodeResult = { text: string; encoding: 'utf-8' | 'utf-8-bom' } | { error: string; hint: string };

const saveAsUtf8 =
  'in Excel choose 文件 → 另存为 → 文件类型 "CSV UTF-8 (逗号分隔)(*.csv)"; in WPS choose 另存为 → "CSV (逗号分隔)" and set the encoding to UTF-8';

/**
 * Decodes a spreadsheet export. Only UTF-8 (with or without BOM) is accepted: Excel's plain "CSV (逗号分隔)"
 * on a Chinese Windows saves GB18030, which decodes to mojibake as UTF-8 — so undecodable bytes are refused
 * (TextDecoder fatal mode) with the menu to use instead, never guessed at.
 */
export function decodeSpreadsheet(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { error: 'is UTF-16 text (Excel\'s "Unicode 文本"), not CSV', hint: `save it as CSV UTF-8: ${saveAsUtf8}` };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000'))
      return {
        error: 'is not a text file (it contains NUL bytes)',
        hint: `is it an .xlsx workbook? Save it as CSV UTF-8: ${saveAsUtf8}`,
      };
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const xlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return xlsx
      ? { error: 'is an Excel workbook (.xlsx), not CSV', hint: `save it as CSV UTF-8: ${saveAsUtf8}` }
      : {
          error:
            'is not UTF-8: it looks like GBK/GB18030, which Excel\'s plain "CSV (逗号分隔)" writes on Chinese Windows',
          hint: `save it as CSV UTF-8 so Chinese text survives: ${saveAsUtf8}`,
        };
  }
}
