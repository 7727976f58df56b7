import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XlsxBook, quoteSheetName } from '../../../src/report/xlsx-book.js';

interface ZipPart {
  readonly data: Buffer;
  /** The entry's DOS date/time, read as UTC (archiver writes UTC unless told otherwise). */
  readonly date: Date;
}

function unzip(buf: Buffer): Promise<Map<string, ZipPart>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, ZipPart>();
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err !== null || zip === undefined) return reject(err ?? new Error('no zip'));
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, rs) => {
          if (err2 !== null || rs === undefined) return reject(err2 ?? new Error('no stream'));
          const parts: Buffer[] = [];
          rs.on('data', (c: Buffer) => parts.push(c));
          rs.on('end', () => {
            out.set(e.fileName, { data: Buffer.concat(parts), date: e.getLastModDate({ timezone: 'UTC' }) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

function text(parts: Map<string, ZipPart>, name: string): string {
  const p = parts.get(name);
  if (p === undefined) throw new Error(`no ${name}; have ${[...parts.keys()].join(', ')}`);
  return p.data.toString('utf8');
}

function collect(): { stream: PassThrough; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const CREATED = new Date(Date.UTC(2026, 0, 15, 8, 30, 42));

/** A small book: three sheets, filters on the first and the last only, text and numbers. */
async function smallBook(createdAt: Date = CREATED): Promise<Buffer> {
  const out = collect();
  const book = new XlsxBook(out.stream, createdAt);
  const names = ['Belum Terdaftar', "Jum'at & <Sabtu>", 'Anggaran'];
  for (const [i, name] of names.entries()) {
    const ws = book.addWorksheet(name, {});
    ws.getRow(1).getCell(1).value = 'NIK';
    ws.getRow(1).commit();
    const r = ws.getRow(2);
    r.getCell(1).value = '9471020505950007';
    r.getCell(2).value = 1_000 * (i + 1);
    r.getCell(3).value = 'SITI AMINAH';
    r.commit();
    if (i === 0) book.setAutoFilter(ws, 'A1:C2');
    if (i === 2) book.setAutoFilter(ws, 'A1:AB12');
    ws.commit();
  }
  await book.commit();
  return out.bytes();
}

/** The defined names of xl/workbook.xml as [name, localSheetId, text], XML entities decoded. */
function definedNames(workbookXml: string): [string, string, string][] {
  const decode = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...workbookXml.matchAll(/<definedName name="([^"]*)"[^>]*?localSheetId="(\d+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1] ?? '', m[2] ?? '', decode(m[3] ?? '')]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('quoteSheetName', () => {
  it.each([
    { description: 'a name with a space', input: 'Belum Terdaftar', expected: "'Belum Terdaftar'" },
    { description: 'a plain name (quoting is always allowed)', input: 'Budget', expected: "'Budget'" },
    { description: 'an apostrophe, doubled', input: "Jum'at", expected: "'Jum''at'" },
    { description: 'two apostrophes', input: "a'b'c", expected: "'a''b''c'" },
    { description: 'a continuation sheet', input: 'Belum Terdaftar (2)', expected: "'Belum Terdaftar (2)'" },
  ])('$description', ({ input, expected }) => {
    expect(quoteSheetName(input)).toBe(expected);
  });
});

describe('XlsxBook', () => {
  it('writes a workbook Excel can read: the sheets in the order added, their cells as written', async () => {
    const wb = await load(await smallBook());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Belum Terdaftar', "Jum'at & <Sabtu>", 'Anggaran']);
    for (const [i, ws] of wb.worksheets.entries()) {
      expect(ws.getRow(2).getCell(1).value).toBe('9471020505950007');
      expect(ws.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getRow(2).getCell(2).value).toBe(1_000 * (i + 1));
    }
  });

  it('sets each autofilter on its sheet and names it as Excel does: sheet-local _xlnm._FilterDatabase, absolute range, quoted sheet name', async () => {
    const buf = await smallBook();
    const wb = await load(buf);
    expect(wb.worksheets.map((w) => w.autoFilter ?? null)).toEqual(['A1:C2', null, 'A1:AB12']);
    const names = definedNames(text(await unzip(buf), 'xl/workbook.xml'));
    // localSheetId is the 0-based position of the sheet; the middle sheet has no filter and no name.
    expect(names).toEqual([
      ['_xlnm._FilterDatabase', '0', "'Belum Terdaftar'!$A$1:$C$2"],
      ['_xlnm._FilterDatabase', '2', "'Anggaran'!$A$1:$AB$12"],
    ]);
  });

  it('escapes a sheet name with an apostrophe, & and < in the filter name so the workbook stays valid', async () => {
    const out = collect();
    const book = new XlsxBook(out.stream, CREATED);
    const ws = book.addWorksheet("Jum'at & <Sabtu>", {});
    ws.getRow(1).getCell(1).value = 'x';
    ws.getRow(1).commit();
    book.setAutoFilter(ws, 'A1:A1');
    ws.commit();
    await book.commit();
    const xml = text(await unzip(out.bytes()), 'xl/workbook.xml');
    expect(definedNames(xml)).toEqual([['_xlnm._FilterDatabase', '0', "'Jum''at & <Sabtu>'!$A$1:$A$1"]]);
    expect(xml).not.toMatch(/<definedName[^>]*>[^<]*&(?!amp;|apos;|lt;|gt;|quot;)/);
    const wb = await load(out.bytes());
    expect(wb.worksheets[0]?.autoFilter).toBe('A1:A1');
  });

  it('writes strings inline, not in a shared-strings table that would hold every distinct string until the end', async () => {
    const parts = await unzip(await smallBook());
    const sheet = text(parts, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('SITI AMINAH');
    expect(sheet).not.toMatch(/t="s"/);
    expect(parts.get('xl/sharedStrings.xml')?.data.toString('utf8') ?? '').not.toContain('SITI AMINAH');
  });

  it('stamps every zip entry and the document properties with createdAt, and names rekon as the author', async () => {
    const buf = await smallBook();
    const parts = await unzip(buf);
    expect(parts.size).toBeGreaterThan(5);
    for (const [name, p] of parts) expect(p.date.toISOString(), name).toBe(CREATED.toISOString());
    const wb = await load(buf);
    expect(wb.created.toISOString()).toBe(CREATED.toISOString());
    expect(wb.modified.toISOString()).toBe(CREATED.toISOString());
    expect(wb.creator).toBe('rekon');
    expect(wb.lastModifiedBy).toBe('rekon');
  });

  it('writes byte-identical files for the same input at different wall-clock times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.UTC(2030, 5, 1, 12, 0, 0)));
    const a = await smallBook();
    vi.setSystemTime(new Date(Date.UTC(2031, 10, 20, 3, 4, 6)));
    const b = await smallBook();
    vi.useRealTimers();
    expect(b.equals(a)).toBe(true);
  });

  it('writes a different file for a different createdAt (the date is the only thing that varies)', async () => {
    const other = new Date(Date.UTC(2027, 6, 1));
    const parts = await unzip(await smallBook(other));
    for (const [name, p] of parts) expect(p.date.toISOString(), name).toBe(other.toISOString());
    expect((await smallBook(other)).equals(await smallBook())).toBe(false);
  });
});

describe('XlsxBook output errors and backpressure', () => {
  function failing(): Writable {
    return new Writable({
      write(_chunk, _enc, cb): void {
        cb(new Error('ENOSPC: no space left on device'));
      },
    });
  }

  it('rejects commit with the output error instead of hanging, and later waits reject with it too', async () => {
    const book = new XlsxBook(failing(), CREATED);
    const ws = book.addWorksheet('Ringkasan', {});
    ws.getRow(1).getCell(1).value = 'x';
    ws.getRow(1).commit();
    ws.commit();
    await expect(book.commit()).rejects.toThrow('ENOSPC');
    await expect(book.waitForWriter(ws)).rejects.toThrow('ENOSPC');
  }, 10_000);

  it.each([{ rows: 0 }, { rows: 3_000 }, { rows: 20_000 }])('stops with the output error while a sheet of $rows rows is written, instead of hanging', async ({ rows }) => {
    const book = new XlsxBook(failing(), CREATED);
    const write = async (): Promise<void> => {
      const ws = book.addWorksheet('Belum Terdaftar', {});
      for (let n = 1; n <= rows; n++) {
        const r = ws.getRow(n);
        r.getCell(1).value = `row ${n} ${'x'.repeat(200)}`;
        r.commit();
        if (n % 500 === 0) await book.waitForWriter(ws);
      }
      ws.commit();
      await book.commit();
    };
    await expect(write()).rejects.toThrow('ENOSPC');
  }, 10_000);

  it('rejects commit with the output error when a large sheet was written without waiting (as the Summary and Budget sheets are)', async () => {
    const book = new XlsxBook(failing(), CREATED);
    const ws = book.addWorksheet('Ringkasan', {});
    for (let n = 1; n <= 20_000; n++) {
      const r = ws.getRow(n);
      r.getCell(1).value = `row ${n} ${'x'.repeat(200)}`;
      r.commit();
    }
    ws.commit();
    await expect(book.commit()).rejects.toThrow('ENOSPC');
  }, 10_000);

  it('resolves waitForWriter promptly when the output keeps up', async () => {
    const out = collect();
    const book = new XlsxBook(out.stream, CREATED);
    const ws = book.addWorksheet('A', {});
    for (let n = 1; n <= 2_000; n++) {
      const r = ws.getRow(n);
      r.getCell(1).value = `row ${n} ${'x'.repeat(100)}`;
      r.commit();
      if (n % 500 === 0) await book.waitForWriter(ws);
    }
    ws.commit();
    await book.commit();
    const wb = await load(out.bytes());
    expect(wb.worksheets[0]?.rowCount).toBe(2_000);
  });

  it('makes waitForWriter wait until the compressor has taken what the sheet wrote, so it is not held uncompressed', async () => {
    let received = 0;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb): void {
        received += chunk.length;
        chunks.push(chunk);
        cb();
      },
    });
    const book = new XlsxBook(sink, CREATED);
    const ws = book.addWorksheet('A', {});
    // Incompressible text, ≈ 20 MB of sheet XML written synchronously, as a generator of rows does.
    let seed = 12345;
    let noise = '';
    for (let i = 0; i < 1 << 20; i++) {
      // xorshift32: cheap, deterministic, and not compressible by deflate.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      noise += String.fromCharCode(65 + ((seed >>> 0) % 26));
    }
    const rows = 5_000;
    for (let n = 1; n <= rows; n++) {
      const r = ws.getRow(n);
      const at = (n * 7_919) % (noise.length - 4_000);
      r.getCell(1).value = noise.slice(at, at + 4_000);
      r.commit();
    }
    await book.waitForWriter(ws);
    const atWait = received;
    ws.commit();
    await book.commit();
    // Only the last small buffers on the way (zip entry, archiver) may still be pending when it resolves.
    expect(atWait / received).toBeGreaterThan(0.8);
    const wb = await load(Buffer.concat(chunks));
    expect(wb.worksheets[0]?.rowCount).toBe(rows);
  }, 20_000);
});
