import { isBuiltinDateFormat, isDateFormatCode } from './excel-date-format.js';
import { attr, parseXml } from './xml-stream.js';
import { MAX_XML_TOKEN_CHARS, XmlScanner } from './xml-scanner.js';
import { unescapeOoxml } from './ooxml-escape.js';
import { StringDecoder } from 'node:string_decoder';
import type { ZipArchive } from './zip-archive.js';

/** A worksheet listed in workbook.xml, in workbook order. */
export interface XlsxSheetRef {
  readonly name: string;
  /** Zip entry of the sheet XML. */
  readonly path: string;
  readonly hidden: boolean;
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheetRef[];
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Reads the package rels, workbook.xml and its rels: sheet names, order and paths, date1904. */
export async function readXlsxWorkbook(zip: ZipArchive): Promise<XlsxWorkbook> {
  let workbookPath = 'xl/workbook.xml';
  if (zip.has('_rels/.rels')) {
    const rootRels = await readRels(zip, '_rels/.rels', '');
    const target = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type));
    if (target !== undefined) workbookPath = target.target;
  }
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const rels = zip.has(relsPath) ? await readRels(zip, relsPath, dir) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));

  const listed: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  await parseXml(zip.read(workbookPath), {
    open(name, a) {
      if (name === 'sheet') {
        listed.push({ name: a['name'] ?? `Sheet${listed.length + 1}`, rid: attr(a, 'id') ?? '', hidden: (a['state'] ?? 'visible') !== 'visible' });
      } else if (name === 'workbookPr') {
        const v = a['date1904'];
        date1904 = v === '1' || v === 'true';
      }
    },
  });
  const sheets: XlsxSheetRef[] = [];
  for (const [i, s] of listed.entries()) {
    const rel = byId.get(s.rid);
    // Chartsheets and dialog sheets hold no cells.
    if (rel !== undefined && !/\/worksheet$/.test(rel.type)) continue;
    // Without a relationship, the part Excel itself would write; never another sheet's part (its rows
    // would be read twice, under two names).
    const guess = `${dir}worksheets/sheet${i + 1}.xml`;
    const path = rel?.target ?? (rels.some((r) => r.target === guess) ? null : guess);
    // A listed sheet whose rows cannot be found is a damaged file, said as one: never dropped in silence.
    if (path === null || !zip.has(path)) throw new MissingSheetPart(s.name);
    sheets.push({ name: s.name, path, hidden: s.hidden });
  }
  const find = (suffix: string, fallback: string): string | null => {
    const r = rels.find((x) => x.type.endsWith(suffix));
    const p = r?.target ?? fallback;
    return zip.has(p) ? p : null;
  };
  return { sheets, date1904, sharedStringsPath: find('/sharedStrings', `${dir}sharedStrings.xml`), stylesPath: find('/styles', `${dir}styles.xml`) };
}

/** A sheet listed in workbook.xml whose data part is not in the archive (said by the reader, with the file). */
export class MissingSheetPart extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" has no readable part`);
  }
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

async function readRels(zip: ZipArchive, path: string, baseDir: string): Promise<Rel[]> {
  const rels: Rel[] = [];
  await parseXml(zip.read(path), {
    open(name, a) {
      if (name !== 'Relationship' || a['TargetMode'] === 'External') return;
      rels.push({ id: a['Id'] ?? '', type: a['Type'] ?? '', target: resolveTarget(baseDir, a['Target'] ?? '') });
    },
  });
  return rels;
}

function resolveTarget(baseDir: string, rawTarget: string): string {
  // Targets are URIs: "sheet%20C.xml" names the part "sheet C.xml".
  let target = rawTarget;
  try {
    target = decodeURIComponent(rawTarget);
  } catch {
    // Not valid percent-encoding: the name as written.
  }
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * The shared-string table (kept in memory: cells refer to it by index, so this is inherent to XLSX).
 * Rich text runs are joined; phonetic runs (`<rPh>`) are skipped.
 */
export async function readSharedStrings(zip: ZipArchive, path: string | null): Promise<string[]> {
  if (path === null) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let inPhonetic = false;
  let currentChars = 0;
  // The table can be as large as the sheet (one entry per distinct name/NIK): use the fast scanner.
  const scanner = new XmlScanner({
    open(name, _a, selfClosing) {
      if (name === 'si') {
        current = [];
        currentChars = 0;
        if (selfClosing) {
          strings.push('');
          current = null;
        }
      } else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't' && !selfClosing) inT = true;
    },
    text(t) {
      if (inT && !inPhonetic && current !== null) {
        current.push(t);
        currentChars += t.length;
        if (currentChars > MAX_XML_TOKEN_CHARS) throw new Error(`shared string longer than ${MAX_XML_TOKEN_CHARS} characters`);
      }
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current !== null) {
        strings.push(unescapeOoxml(current.join('')));
        current = null;
      }
    },
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of zip.read(path)) scanner.write(decoder.write(chunk));
  scanner.write(decoder.end());
  scanner.end();
  return strings;
}

/** For each cell style index (`s` attribute), whether its number format is a date. */
export async function readDateStyles(zip: ZipArchive, path: string | null): Promise<boolean[]> {
  if (path === null) return [];
  const customDate = new Map<number, boolean>();
  const xfIsDate: boolean[] = [];
  let inCellXfs = false;
  await parseXml(zip.read(path), {
    open(name, a, selfClosing) {
      if (name === 'numFmt') {
        customDate.set(Number(a['numFmtId']), isDateFormatCode(a['formatCode'] ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(a['numFmtId'] ?? '0');
        xfIsDate.push(customDate.get(id) ?? isBuiltinDateFormat(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfIsDate;
}
