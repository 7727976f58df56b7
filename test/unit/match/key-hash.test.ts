import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emitDigitsOutside,
  hashFinish,
  hashPrefixKey,
  hashStart,
  hashStringKey,
  LANE1,
  LANE2,
  mixInt,
  mixString,
} from '../../../src/match/key-hash.js';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const isInt32 = (h: number): boolean => Number.isInteger(h) && h >= INT32_MIN && h <= INT32_MAX;

/** Both lanes of emitDigitsOutside, with a check that it emits exactly once. */
function outside(kind: number, digits: string, skip: number, len: number): [number, number] {
  const got: [number, number][] = [];
  emitDigitsOutside(kind, digits, skip, len, (h1, h2) => got.push([h1, h2]));
  expect(got).toHaveLength(1);
  return got[0]!;
}

/** The two lanes joined, for counting distinct keys (no assertion per call: used on 60,000 keys). */
function outsideKey(digits: string, skip: number): string {
  let key = '';
  emitDigitsOutside(100, digits, skip, 4, (h1, h2) => (key = `${h1}:${h2}`));
  return key;
}

/**
 * What the doc comment of emitDigitsOutside says it computes: the digits outside the window, read as
 * numbers of up to 8 digits from the left, each mixed in, then the count of digits, then finished.
 */
function outsideByDefinition(lane: number, kind: number, digits: string, skip: number, len: number): number {
  const kept = digits.slice(0, skip) + digits.slice(skip + len);
  let h = hashStart(lane, kind);
  for (let i = 0; i < kept.length; i += 8) h = mixInt(h, Number(kept.slice(i, i + 8)));
  return hashFinish(mixInt(h, kept.length));
}

/** Reference MurmurHash3_x86_32 of a byte string (little-endian 4-byte blocks), built from the module's round and fmix. */
function murmur3Of4ByteBlocks(bytes: readonly number[], seed: number): number {
  let h = seed | 0;
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) h = mixInt(h, bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
  expect(i).toBe(bytes.length); // the vectors below have no tail
  return hashFinish(h ^ bytes.length);
}
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Realistic 16-digit NIKs: real region codes, dates (women + 40), serials from 0001. */
function realisticNiks(count: number): string[] {
  const regions = ['327301', '327302', '320101', '317101', '357801', '947101', '930101', '110101', '737101', '510301'];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const region = regions[i % regions.length]!;
    const day = 1 + (Math.floor(i / 10) % 28) + (Math.floor(i / 280) % 2 === 0 ? 0 : 40);
    const month = 1 + (Math.floor(i / 560) % 12);
    const year = 60 + (Math.floor(i / 6720) % 40);
    const serial = 1 + (Math.floor(i / 268_800) % 9999);
    out.push(`${region}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(serial).padStart(4, '0')}`);
  }
  return out;
}

/** Realistic full-name keys: two or three common Indonesian name words. */
function realisticNames(): string[] {
  const first = ['SITI', 'MUHAMMAD', 'NUR', 'SRI', 'DEWI', 'AHMAD', 'BUDI', 'AGUS', 'RINA', 'EKO', 'ANDI', 'PUTRI', 'RIZKI', 'DWI', 'TRI', 'YULI', 'INDAH', 'RATNA', 'HENDRA', 'WAHYU'];
  const middle = ['', 'AMINAH', 'NURHAYATI', 'RAHAYU', 'SAPUTRA', 'HIDAYAT', 'LESTARI', 'PRATAMA', 'KURNIAWAN', 'SETIAWAN', 'WULANDARI'];
  const last = ['SAPUTRA', 'SARI', 'PUTRI', 'NASUTION', 'SIREGAR', 'LUBIS', 'HARAHAP', 'SIMANJUNTAK', 'WIJAYA', 'SANTOSO', 'GUNAWAN', 'HASIBUAN', 'RAHMAN', 'HAKIM', 'FITRI', 'YANTI', 'WATI', 'NINGSIH', 'SUSANTI', 'HANDAYANI'];
  const out = new Set<string>();
  for (const a of first) for (const b of middle) for (const c of last) for (const d of ['', 'A', 'B', 'M', 'S']) out.add([a, b, c, d].filter((t) => t !== '').join(' '));
  return [...out];
}

function countCollisions(values: readonly (number | string)[]): number {
  return values.length - new Set(values).size;
}

describe('MurmurHash3 building blocks (published MurmurHash3_x86_32 test vectors)', () => {
  it('hashFinish is fmix32: the hash of the empty input is fmix32(seed)', () => {
    expect(hashFinish(0)).toBe(0);
    expect(hashFinish(1)).toBe(0x514e28b7 | 0);
    expect(hashFinish(0xffffffff | 0)).toBe(0x81f16f39 | 0);
  });
  it('mixInt is the MurmurHash3 block round', () => {
    expect(murmur3Of4ByteBlocks([0, 0, 0, 0], 0)).toBe(0x2362f9de | 0);
    expect(murmur3Of4ByteBlocks(ascii('test'), 0)).toBe(0xba6bd213 | 0);
    expect(murmur3Of4ByteBlocks(ascii('aaaa'), 0x9747b28c)).toBe(0x5a97808a | 0);
    expect(murmur3Of4ByteBlocks(ascii('abcd'), 0x9747b28c)).toBe(0xf0478627 | 0);
  });
  it('hashStart(seed, kind) is one round of the kind into the seed', () => {
    expect(hashStart(LANE1, 3)).toBe(mixInt(LANE1, 3));
    expect(hashStart(LANE2, 100)).toBe(mixInt(LANE2, 100));
  });
});

describe('value range: every hash is a signed 32-bit integer (Int32Array storage, h1 & mask buckets)', () => {
  it('mixInt and hashFinish, any 32-bit or larger input', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (h, v) => {
        expect(isInt32(mixInt(h, v))).toBe(true);
        expect(isInt32(hashFinish(h))).toBe(true);
        expect(isInt32(hashFinish(v))).toBe(true);
      }),
    );
  });
  it('string, prefix and digit keys, in both lanes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 50 }), (s, kind, len) => {
        for (const lane of [LANE1, LANE2]) {
          expect(isInt32(hashStringKey(lane, kind, s))).toBe(true);
          expect(isInt32(hashPrefixKey(lane, kind, s, len))).toBe(true);
          expect(isInt32(hashFinish(mixString(hashStart(lane, kind), s)))).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,20}$/), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 8 }), (digits, skip, len) => {
        const [h1, h2] = outside(100, digits, skip, len);
        expect(isInt32(h1) && isInt32(h2)).toBe(true);
      }),
    );
  });
  it('uses the whole range: negative and positive values, high bits set', () => {
    const hs = realisticNames().map((n) => hashStringKey(LANE1, 6, n));
    expect(hs.some((h) => h < 0)).toBe(true);
    expect(hs.some((h) => h > 2 ** 30)).toBe(true);
  });
});

describe('equal inputs, equal hashes', () => {
  it('is deterministic and depends on the characters only, not on how the string was built', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const joined = a + b;
        const copy = [...joined].join('');
        expect(hashStringKey(LANE1, 6, joined)).toBe(hashStringKey(LANE1, 6, copy));
        expect(hashStringKey(LANE2, 6, joined)).toBe(hashStringKey(LANE2, 6, `${a}${b}`));
      }),
    );
  });
  it('hashPrefixKey is the hash of the first len characters, however long the rest', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (s, len, kind) => {
        expect(hashPrefixKey(LANE1, kind, s, len)).toBe(hashStringKey(LANE1, kind, s.slice(0, len)));
        expect(hashPrefixKey(LANE2, kind, s, len)).toBe(hashStringKey(LANE2, kind, s.slice(0, len)));
      }),
    );
    // The use in blocking: a valid NIK and the 15 trusted digits Excel left of it share the prefix key.
    expect(hashPrefixKey(LANE1, 2, '3273014501900001', 15)).toBe(hashPrefixKey(LANE1, 2, '327301450190000', 15));
    expect(hashPrefixKey(LANE1, 2, '3273014501900001', 15)).not.toBe(hashPrefixKey(LANE1, 2, '327301450190001', 15));
  });
  it('hashStringKey is hashStart, then the string, then hashFinish', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 10 }), (s, kind) => {
        expect(hashStringKey(LANE2, kind, s)).toBe(hashFinish(mixString(hashStart(LANE2, kind), s)));
      }),
    );
  });
});

describe('mixString mixes the length in: "AB" + "C" ≠ "A" + "BC"', () => {
  it('the documented example, and an empty string still changes the hash', () => {
    const h = hashStart(LANE1, 7);
    expect(mixString(mixString(h, 'AB'), 'C')).not.toBe(mixString(mixString(h, 'A'), 'BC'));
    expect(mixString(h, '')).not.toBe(h);
    expect(mixString(mixString(h, 'SITI'), '')).not.toBe(mixString(h, 'SITI'));
    // name + date as find-duplicates builds it: the split point matters.
    expect(hashFinish(mixString(mixString(h, 'SITI AMINAH'), '1990-01-05'))).not.toBe(hashFinish(mixString(mixString(h, 'SITI AMINAH1'), '990-01-05')));
  });
  it('any two different splits of the same text hash apart', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (text, i, j) => {
        const a = i % (text.length + 1);
        const b = j % (text.length + 1);
        fc.pre(a !== b);
        const h = hashStart(LANE1, 1);
        expect(mixString(mixString(h, text.slice(0, a)), text.slice(a))).not.toBe(mixString(mixString(h, text.slice(0, b)), text.slice(b)));
      }),
    );
  });
  it('is case and space sensitive (keys are normalized before hashing, not by it)', () => {
    const h = (s: string): number => hashStringKey(LANE1, 6, s);
    expect(h('SITI AMINAH')).not.toBe(h('siti aminah'));
    expect(h('SITI AMINAH')).not.toBe(h('SITI  AMINAH'));
    expect(h('SITI AMINAH')).not.toBe(h('SITI AMINAH '));
    expect(h('')).not.toBe(h(' '));
  });
});

describe('kinds and lanes keep keys apart', () => {
  it('equal strings of different kinds (key families) hash apart', () => {
    for (const s of ['', '12345678901', 'SITI AMINAH', '327301450190000']) {
      const kinds = [1, 2, 3, 4, 5, 6, 7, 100, 101, 106].map((k) => hashStringKey(LANE1, k, s));
      expect(countCollisions(kinds)).toBe(0);
    }
  });
  it('the two lanes are different functions: h2 is a fingerprint independent of h1', () => {
    expect(LANE1).not.toBe(LANE2);
    const names = realisticNames();
    const same = names.filter((n) => hashStringKey(LANE1, 6, n) === hashStringKey(LANE2, 6, n));
    expect(same.length).toBeLessThanOrEqual(1);
    // Keys that share h1's low bits (one bucket) are still told apart by h2.
    const byBucket = new Map<number, Set<number>>();
    let sharedFingerprints = 0;
    for (const n of names) {
      const b = hashStringKey(LANE1, 6, n) & 0xff;
      const set = byBucket.get(b) ?? new Set<number>();
      const h2 = hashStringKey(LANE2, 6, n);
      if (set.has(h2)) sharedFingerprints++;
      set.add(h2);
      byBucket.set(b, set);
    }
    expect(sharedFingerprints).toBe(0);
  });
});

describe('emitDigitsOutside (near-NIK window keys)', () => {
  it('emits once, lane 1 then lane 2, as its doc comment defines (8-digit chunks, count last)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,24}$/), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 300 }), (digits, skip, len, kind) => {
        const [h1, h2] = outside(kind, digits, skip, len);
        expect(h1).toBe(outsideByDefinition(LANE1, kind, digits, skip, len));
        expect(h2).toBe(outsideByDefinition(LANE2, kind, digits, skip, len));
      }),
    );
  });
  it('ignores the digits inside the window: a NIK and its typo inside the window share the key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), fc.stringMatching(/^\d{4}$/), fc.integer({ min: 0, max: 12 }), (nik, other, skip) => {
        const typo = nik.slice(0, skip) + other + nik.slice(skip + 4);
        expect(outside(100, typo, skip, 4)).toEqual(outside(100, nik, skip, 4));
      }),
    );
  });
  it('a different digit outside the window changes both lanes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (nik, skip, at, bump) => {
        fc.pre(at < skip || at >= skip + 4);
        const d = String((Number(nik[at]) + bump) % 10);
        const typo = nik.slice(0, at) + d + nik.slice(at + 1);
        const [a1, a2] = outside(100, nik, skip, 4);
        const [b1, b2] = outside(100, typo, skip, 4);
        expect(b1).not.toBe(a1);
        expect(b2).not.toBe(a2);
      }),
    );
  });
  it('leading zeros count: the same numbers with another count of digits hash apart', () => {
    // Chunks read as numbers: "00001234" and "1234" are both 1234; the count of digits keeps them apart.
    expect(outside(100, '00001234', 99, 0)).not.toEqual(outside(100, '1234', 99, 0));
    // Kept digits 000000001234 (chunks 0, 1234; 12 digits) and 00000000001234 (chunks 0, 1234; 14 digits).
    expect(outside(100, '0000000000001234', 0, 4)).not.toEqual(outside(100, '0000000000001234', 0, 2));
    expect(outside(100, '', 0, 0)).not.toEqual(outside(100, '0', 0, 0));
  });
  it('window kinds keep the seven window keys of one NIK apart', () => {
    const nik = '3273014501900001';
    const keys = [0, 1, 2, 3, 4, 5, 6].map((w) => outside(100 + w, nik, 0, 0)[0]);
    expect(countCollisions(keys)).toBe(0);
  });
});

describe('hash quality on realistic keys', () => {
  const niks = realisticNiks(60_000);
  const names = realisticNames();

  it('the realistic key sets are what they claim (distinct, well formed)', () => {
    expect(new Set(niks).size).toBe(niks.length);
    for (const n of niks.slice(0, 1000)) expect(n).toMatch(/^\d{16}$/);
    expect(names.length).toBeGreaterThan(15_000);
  });

  it('no (h1, h2) collision and at most a handful of h1 collisions among 60,000 NIK prefix keys', () => {
    const h1 = niks.map((n) => hashPrefixKey(LANE1, 2, n, 15));
    const h2 = niks.map((n) => hashPrefixKey(LANE2, 2, n, 15));
    const distinctPrefixes = new Set(niks.map((n) => n.slice(0, 15))).size;
    // Expected h1 collisions for n keys in 2^32: n² / 2^33 ≈ 0.4.
    expect(distinctPrefixes - new Set(h1).size).toBeLessThanOrEqual(4);
    expect(new Set(h1.map((a, i) => `${a}:${h2[i]}`)).size).toBe(distinctPrefixes);
  });

  it('no (h1, h2) collision among the 12-digit window keys of 60,000 NIKs', () => {
    for (const skip of [12, 2]) {
      const kept = new Set(niks.map((n) => n.slice(0, skip) + n.slice(skip + 4))).size;
      const pairs = niks.map((n) => outsideKey(n, skip));
      expect(new Set(pairs).size).toBe(kept);
      const h1 = new Set(pairs.map((p) => p.split(':')[0])).size;
      expect(kept - h1).toBeLessThanOrEqual(4);
    }
  });

  it('no (h1, h2) collision among realistic name keys, in both lanes', () => {
    const h1 = names.map((n) => hashStringKey(LANE1, 6, n));
    const h2 = names.map((n) => hashStringKey(LANE2, 6, n));
    expect(countCollisions(h1)).toBeLessThanOrEqual(2);
    expect(countCollisions(h2)).toBeLessThanOrEqual(2);
    expect(countCollisions(h1.map((a, i) => `${a}:${h2[i]}`))).toBe(0);
  });

  it('spreads sequential NIKs evenly over the low bits (KeyIndex buckets are h1 & mask)', () => {
    const buckets = 4096;
    const counts = new Array<number>(buckets).fill(0);
    for (const n of niks) counts[hashPrefixKey(LANE1, 2, n, 15) & (buckets - 1)]!++;
    const mean = niks.length / buckets; // ≈ 14.6; Poisson sd ≈ 3.8
    expect(Math.max(...counts)).toBeLessThan(mean + 8 * Math.sqrt(mean));
    expect(counts.filter((c) => c === 0).length).toBeLessThanOrEqual(3);
  });

  it('avalanches: one character changed flips about half of the 32 bits', () => {
    let bits = 0;
    let pairs = 0;
    for (const n of niks.slice(0, 5000)) {
      const typo = n.slice(0, 15) + String((Number(n[15]) + 1) % 10);
      let x = hashStringKey(LANE1, 3, n) ^ hashStringKey(LANE1, 3, typo);
      while (x !== 0) {
        bits += x & 1;
        x >>>= 1;
      }
      pairs++;
    }
    expect(bits / pairs).toBeGreaterThan(15);
    expect(bits / pairs).toBeLessThan(17);
  });
});
