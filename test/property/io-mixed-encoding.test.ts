import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bufferSource } from '../../src/io/byte-source.js';
import { isMostlyUtf8, makeLineByLineDecoder, surveyUtf8Lines } from '../../src/io/mixed-encoding.js';
import { readCsv } from '../../src/io/read-csv.js';

// A UTF-8 roster with a few rows appended in Notepad (Windows-1252) had been read whole as Windows-1252: every
// accented name on the UTF-8 rows became mojibake (exploratory test). Whatever the mix and wherever the file
// is cut into blocks and chunks, each line must come back as it was typed.

/** Latin-1 letters À–ÿ (not × ÷): from 0xC0 up, never a UTF-8 continuation byte, so a cp1252 line holding one is never valid UTF-8. */
const latin1Letter = fc.integer({ min: 0xc0, max: 0xff }).filter((c) => c !== 0xd7 && c !== 0xf7).map((c) => String.fromCharCode(c));
const asciiChar = fc.constantFrom('A', 'n', ' ', '0', '9', ';', ',', '.', '\'', '-');
const utf8Only = fc.constantFrom('’', '€', 'Ā', 'ő', '中', '😀');
const text = (extra: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.array(fc.oneof(asciiChar, extra), { maxLength: 12 }).map((p) => p.join(''));
/** A line with at least one Latin-1 letter, as a Notepad row carries (É in RENÉ). */
const accented = fc.tuple(text(latin1Letter), latin1Letter, text(latin1Letter)).map(([a, l, b]) => `${a}${l}${b}`);

interface Line {
  readonly text: string;
  readonly cp1252: boolean;
}

/** UTF-8 lines (at least one accented) and at most a few Windows-1252 lines among them, LF or CRLF ended. */
const mixedFile = fc
  .record({
    utf8: fc.array(fc.oneof(text(fc.oneof(latin1Letter, utf8Only)), accented), { minLength: 0, maxLength: 30 }),
    accentedUtf8: accented,
    cp1252: fc.array(accented, { minLength: 1, maxLength: 3 }),
    eol: fc.constantFrom('\n', '\r\n'),
    finalEol: fc.boolean(),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ utf8, accentedUtf8, cp1252, eol, finalEol, seed }) => {
    const lines: Line[] = [accentedUtf8, ...utf8].map((t) => ({ text: t, cp1252: false }));
    for (const [i, t] of cp1252.entries()) lines.splice((seed[i] ?? 0) % (lines.length + 1), 0, { text: t, cp1252: true });
    const parts = lines.map((l, i) => {
      const ending = i < lines.length - 1 || finalEol ? eol : '';
      return l.cp1252 ? iconv.encode(l.text + ending, 'windows-1252') : Buffer.from(l.text + ending, 'utf8');
    });
    return { lines, eol, finalEol, bytes: Buffer.concat(parts) };
  });

const cuts = fc.array(fc.nat(), { maxLength: 8 });

function* inPieces(bytes: Buffer, at: readonly number[]): Generator<Buffer> {
  let from = 0;
  for (const c of [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(from, c);
    from = c;
  }
  yield bytes.subarray(from);
}

describe('mixed UTF-8 / Windows-1252 files', () => {
  it('are taken as UTF-8 with those lines named, and each line decodes to its original text, wherever the file is cut', () => {
    fc.assert(
      fc.property(mixedFile, cuts, cuts, ({ lines, eol, finalEol, bytes }, blockCuts, chunkCuts) => {
        const survey = surveyUtf8Lines(inPieces(bytes, blockCuts), 100);
        expect(isMostlyUtf8(survey)).toBe(true);
        expect(survey.firstInvalid).toEqual(lines.flatMap((l, i) => (l.cp1252 ? [i + 1] : [])));
        const decoder = makeLineByLineDecoder();
        let out = '';
        for (const piece of inPieces(bytes, chunkCuts)) out += decoder.write(Buffer.from(piece));
        out += decoder.end();
        expect(out).toBe(lines.map((l) => l.text).join(eol) + (finalEol ? eol : ''));
      }),
      { numRuns: 500 },
    );
  });

  it('readCsv reads every row of such a file as typed', async () => {
    await fc.assert(
      fc.asyncProperty(mixedFile, async ({ lines, bytes }) => {
        const header = Buffer.from('NAMA;NIK\n');
        const body = Buffer.concat([header, bytes]);
        const { sheet, format } = await readCsv(bufferSource('mixed.csv', body), { delimiter: ';', batchSize: 7 });
        expect(format.encoding).toBe('utf-8');
        const rows: string[] = [];
        for await (const batch of sheet.batches) for (const r of batch) rows.push(r.cells.map(String).join(';'));
        const expected = ['NAMA;NIK', ...lines.map((l) => l.text)].filter((t) => t !== '');
        expect(rows.filter((t) => t !== '')).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
