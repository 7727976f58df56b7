import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCompactKey, headerKey } from '../../src/table/header-text.js';
import { RowClassifier } from '../../src/table/classify-row.js';
import type { TableLayout } from '../../src/table/table-layout.js';

const HEADERS = ['NAMA', 'NIK', 'TGLLAHIR', 'TEMPATTGLLAHIR', 'JENISKELAMIN', 'LP', 'GAJIHONOR', 'NO'];

describe('hasCompactKey', () => {
  it('agrees with headerKey(text).compact for any text, ASCII or not', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ unit: fc.constantFrom('N', 'a', 'm', 'A', ' ', '.', '/', '-', 'ｎ', 'Ａ', 'é', '1', 'K', 'i', 'O', '0', 'o'), maxLength: 12 }),
      // A header with a few characters put in or its case changed: the near misses that matter.
      fc
        .tuple(fc.constantFrom(...HEADERS), fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom('1', '0', ' ', '.', 'a', 'ñ', 'Ｏ', 'N') }), { maxLength: 3 }), fc.boolean())
        .map(([h, inserts, lower]) => {
          let t = lower ? h.toLowerCase() : h;
          for (const { at, ch } of inserts) t = t.slice(0, at % (t.length + 1)) + ch + t.slice(at % (t.length + 1));
          return t;
        }),
      fc.constantFrom('Nama', 'N A M A', 'Nama.', 'Tgl. Lahir', 'L/P', 'NIK ', 'ＮＩＫ', 'Nik.', 'NAMA LENGKAP', 'No.'),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...HEADERS), (t, compact) => {
        expect(hasCompactKey(t, compact)).toBe(headerKey(t).compact === compact);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('RowClassifier: total rows', () => {
  // NO | NAMA | NIK: a total word in the number or name cell (without a NIK) ends the data.
  const layout: TableLayout = {
    headerRow: 1,
    lastHeaderRow: 1,
    headers: ['NO', 'NAMA', 'NIK'],
    columns: { name: { role: 'name', index: 1, header: 'NAMA' }, nik: { role: 'nik', index: 2, header: 'NIK' } },
    notes: [],
  };
  const TOTAL_WORDS = new Set(['JUMLAH', 'TOTAL', 'SUBTOTAL', 'JML', 'GRANDTOTAL']);
  /** The rule, written plainly: a total word first, after the cell's header key is built. */
  const isTotalText = (text: string): boolean => {
    if (!/^\s*[JjTtSsGg]/.test(text)) return false;
    const key = headerKey(text);
    // SUB JUMLAH / Sub-Jumlah, and a total word spaced out letter by letter (J U M L A H) as the whole label.
    const spaced = ['JUMLAH', 'TOTAL', 'SUBTOTAL', 'SUBJUMLAH', 'GRANDTOTAL'].includes(key.compact);
    return TOTAL_WORDS.has(key.tokens[0] ?? '') || ['SUBTOTAL', 'SUBJUMLAH', 'GRANDTOTAL'].some((p) => key.compact.startsWith(p)) || spaced;
  };
  const piece = fc.constantFrom('JUMLAH', 'Jumlah', 'JML', 'jml.', 'TOTAL', 'Total', 'Sub', 'SUB', 'GRAND', 'Grand', 'SUBANDI', 'TONO', 'Guru', 'SITI', 'JUNI', 'Ĵumlah', 'Jｕｍｌａｈ', 'Ｔotal', 'J U M L A H', 'T O', 'TAL', '１', '1', ' ', '.', '-', '(', ':');
  const text = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));

  it('a name cell is a total row exactly when its header key starts with a total word', () => {
    fc.assert(
      fc.property(text, (name) => {
        const reason = new RowClassifier(layout).classify({ row: 2, cells: ['1', name, null] });
        expect(reason === 'total').toBe(isTotalText(name));
      }),
      { numRuns: 3000 },
    );
  });
});
