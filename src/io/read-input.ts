import { constants, type Dirent, type Stats } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { bufferSource, fileSource, readAllStream } from './byte-source.js';
import type { ByteSource } from './byte-source.js';
import { readCsv } from './read-csv.js';
import type { CsvFormat } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { RawSheet } from './raw-sheet.js';
import { sniffInputFormat, SPREADSHEET_EXTENSIONS } from './input-format.js';
import type { ZipLimits } from './zip-archive.js';
import { dropRepeatedInputs, type RepeatedInput } from './repeated-inputs.js';

export interface ReadOptions {
  readonly delimiter?: string | undefined;
  readonly encoding?: string | undefined;
  readonly batchSize?: number | undefined;
  /** Source for the input '-' (default: nothing, so '-' is an error). */
  readonly stdin?: AsyncIterable<unknown> | undefined;
  readonly zipLimits?: ZipLimits | undefined;
  /** Size cap for .xls/.ods/HTML, which are read whole (default 200 MB). */
  readonly maxSheetJsBytes?: number | undefined;
}

/** A sheet being read plus, for text files, the encoding and delimiter that were used. */
export interface InputSheet extends RawSheet {
  readonly textFormat: CsvFormat | null;
}

/** One input after expansion: a file on disk, or '-' for stdin. */
export interface InputFile {
  readonly name: string;
  readonly path: string | null;
}

/**
 * Expands input arguments: a directory becomes the spreadsheet files directly inside it (sorted by
 * name; temp files `~$…` and hidden files skipped), '-' stays stdin. Missing paths → InputError.
 * A file given twice, or a copy of one given earlier, is read once (see dropRepeatedInputs).
 */
export async function expandInputs(
  inputs: readonly string[],
  /**
   * `skippedFolders` collects the subfolders of a folder given that hold spreadsheets: they are not read (not recursive).
   * `repeated` collects the inputs left out as the same file or a copy of an earlier one.
   */
  options: { readonly allowDirectories: boolean; readonly skippedFolders?: string[]; readonly repeated?: RepeatedInput[] } = { allowDirectories: true },
): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ name: '-', path: null });
      continue;
    }
    const info = await statOrThrow(input);
    await readableOrThrow(input);
    if (!info.isDirectory()) {
      out.push({ name: input, path: input });
      continue;
    }
    if (!options.allowDirectories) throw new InputError(msg('io.is_directory', { file: input }));
    // A symbolic link is taken like the file it points to (the officer sees it in the folder like any other);
    // one to a folder is not a spreadsheet, and a broken one is said (file not found), not skipped in silence.
    const listing = await readdir(input, { withFileTypes: true });
    if (options.skippedFolders !== undefined) await collectSubfolders(input, listing, options.skippedFolders);
    const entries = listing
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && isSpreadsheetName(d.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const found: string[] = [];
    for (const d of entries) {
      const path = join(input, d.name);
      if (d.isSymbolicLink() && !(await statOrThrow(path)).isFile()) continue;
      found.push(path);
    }
    if (found.length === 0) throw new InputError(msg('io.empty_directory', { file: input }));
    for (const path of found) {
      await readableOrThrow(path);
      out.push({ name: path, path });
    }
  }
  const { files, repeated } = await dropRepeatedInputs(out);
  options.repeated?.push(...repeated);
  return files;
}

/** A spreadsheet a folder is read for: not a spreadsheet program's lock file (`~$…`), not hidden. */
function isSpreadsheetName(name: string): boolean {
  return !name.startsWith('~$') && !name.startsWith('.') && (SPREADSHEET_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/**
 * Subfolders holding spreadsheets directly (`opd/dinkes/*.xlsx`): said, not read. Reading them would also
 * read report folders kept inside the input folder; not saying so lost whole agencies in silence.
 */
async function collectSubfolders(folder: string, listing: readonly Dirent[], into: string[]): Promise<void> {
  const subfolders = listing.filter((d) => d.isDirectory() && !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of subfolders) {
    const path = join(folder, d.name);
    try {
      const inner = await readdir(path, { withFileTypes: true });
      if (inner.some((e) => e.isFile() && isSpreadsheetName(e.name))) into.push(path);
    } catch {
      // An unreadable subfolder is not read either way; rekon says nothing it cannot check.
    }
  }
}

/** An input rekon may not read (file or folder permissions) is said before any reading starts. */
async function readableOrThrow(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
  } catch (err) {
    throw new InputError(msg('io.permission_denied', { file: path }), { cause: err });
  }
}

async function statOrThrow(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(msg('io.file_not_found', { file: path }), { cause: err });
    throw new InputError(msg('io.unreadable', { file: path, reason: code ?? String(err) }), { cause: err });
  }
}

/** Opens one input file and yields its sheets in order (one sheet named '' for text files). */
export async function* readInput(input: InputFile, options: ReadOptions = {}): AsyncGenerator<InputSheet> {
  const source = await openSource(input, options);
  if (source.size === 0) throw new InputError(msg('io.empty_file', { file: source.name }));
  const extension = input.path === null ? '' : extname(input.path).toLowerCase();
  const verdict = sniffInputFormat(await source.head(4096), extension);
  switch (verdict.kind) {
    case 'unsupported':
      throw new InputError(msg('io.unsupported_extension', { file: source.name, extension: extension === '' ? basename(source.name) : extension }));
    case 'encrypted_or_legacy':
      throw new InputError(msg('io.encrypted_or_legacy', { file: source.name }));
    case 'not_a_workbook':
      throw new InputError(msg('io.corrupt_workbook', { file: source.name, reason: 'not a zip archive' }));
  }
  const batchSize = options.batchSize;
  switch (verdict.format) {
    case 'csv': {
      const { sheet, format } = await readCsv(source, { delimiter: options.delimiter, encoding: options.encoding, batchSize });
      yield { ...sheet, textFormat: format };
      return;
    }
    case 'xlsx':
      for await (const sheet of readXlsx(source, { batchSize, limits: options.zipLimits })) yield { ...sheet, textFormat: null };
      return;
    case 'sheetjs':
    case 'html': {
      // Loaded only when needed: SheetJS is large and most runs read only CSV and XLSX.
      const { readSheetJs } = await import('./read-sheetjs.js');
      for (const sheet of await readSheetJs(source, { batchSize, maxBytes: options.maxSheetJsBytes, html: verdict.format === 'html' })) {
        yield { ...sheet, textFormat: null };
      }
      return;
    }
  }
}

async function openSource(input: InputFile, options: ReadOptions): Promise<ByteSource> {
  if (input.path === null) {
    if (options.stdin === undefined) throw new InputError(msg('io.file_not_found', { file: '-' }));
    return bufferSource('-', await readAllStream(options.stdin));
  }
  const info = await statOrThrow(input.path);
  if (info.isDirectory()) throw new InputError(msg('io.is_directory', { file: input.name }));
  return fileSource(input.name, input.path, info.size);
}
