/** How to read an input, decided from its first bytes and its extension. */
export type InputFormat = 'xlsx' | 'sheetjs' | 'html' | 'csv';

export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.txt', '.tsv'] as const;

export type FormatVerdict =
  | { readonly kind: 'format'; readonly format: InputFormat }
  | { readonly kind: 'encrypted_or_legacy' }
  | { readonly kind: 'not_a_workbook' }
  | { readonly kind: 'unsupported' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/**
 * Sniffs the format. Content beats the extension where they disagree in a known way: an .xls from a
 * web app is often HTML or tab-separated text; an .xlsx that is a CFB (OLE) file is password-protected
 * (Excel encrypts into CFB) or a renamed legacy .xls. `extension` is lower-case with dot, '' for stdin.
 */
export function sniffInputFormat(head: Uint8Array, extension: string): FormatVerdict {
  const isZip = startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY);
  const isCfb = startsWith(head, CFB);
  switch (extension) {
    case '.csv':
    case '.txt':
    case '.tsv':
      return { kind: 'format', format: 'csv' };
    case '.xlsx':
    case '.xlsm':
      if (isZip) return { kind: 'format', format: 'xlsx' };
      if (isCfb) return { kind: 'encrypted_or_legacy' };
      return { kind: 'not_a_workbook' };
    case '.ods':
      return isZip ? { kind: 'format', format: 'sheetjs' } : { kind: 'not_a_workbook' };
    case '.xls':
    case '': {
      if (isZip) return { kind: 'format', format: isOds(head) ? 'sheetjs' : 'xlsx' };
      if (isCfb) return { kind: 'format', format: 'sheetjs' };
      if (looksLikeMarkup(head)) return { kind: 'format', format: 'html' };
      // Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) renamed .xls: the CSV reader decodes it and reads
      // dates day first; SheetJS would read 10-01-1990 as 1 October.
      if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return { kind: 'format', format: 'csv' };
      if (extension === '' || looksLikeText(head)) return { kind: 'format', format: 'csv' };
      // BIFF2–4 worksheets are not CFB; let SheetJS try.
      return { kind: 'format', format: 'sheetjs' };
    }
    default:
      return { kind: 'unsupported' };
  }
}

/** ODS stores an uncompressed `mimetype` entry first (OpenDocument 1.2 Part 3 §3.3). */
function isOds(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 200)).toString('latin1').includes('application/vnd.oasis.opendocument.spreadsheet');
}

function looksLikeMarkup(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 4096)).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  return text.startsWith('<') && /<(html|table|\?xml|workbook|!doctype)/.test(text);
}

function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096);
  if (n === 0) return true;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) bad++;
  }
  return bad / n < 0.02;
}
