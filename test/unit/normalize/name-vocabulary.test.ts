// Direct tests of src/normalize/name-vocabulary.ts, the word lists behind normalizeName (name.ts).
// The lists were tested only through a handful of names in name.test.ts, so a word dropped from a
// list, a list entry name.ts can never match (lowercase, a dot), or a legal-name title that also sits
// in a strip list would go unnoticed. Three kinds of checks:
//   1. shape: what name.ts can match (uppercase A–Z only, "S.Pd." listed as SPD) and how the lists
//      relate (ambiguous degrees are degrees, trailing honorifics are honorifics, legal-name titles
//      are never stripped, phrases longest first);
//   2. DOMAIN.md §4.2 coverage: the degrees, honorifics, legal-name titles, Muhammad variants,
//      bin/binti and ABD. that the research lists;
//   3. each list's documented role, checked for every entry through normalizeName.
import { describe, expect, it } from 'vitest';
import { normalizeName, tokenKey } from '../../../src/normalize/name.js';
import {
  ABBREVIATION_KEYS,
  AMBIGUOUS_BARE_DEGREES,
  ASSIMILATED_ABDUL,
  DEGREES,
  LEADING_WEAK_PHRASES,
  MUHAMMAD_FORMS,
  PREFIX_TITLES,
  TRAILING_HONORIFICS,
  WEAK_ANYWHERE,
  WEAK_FROM_HERE,
} from '../../../src/normalize/name-vocabulary.js';

/** A plain two-word name none of whose words is in any list. */
const NAME = 'BUDI SANTOSO';

const LISTS: readonly [string, readonly string[]][] = [
  ['DEGREES', [...DEGREES]],
  ['AMBIGUOUS_BARE_DEGREES', [...AMBIGUOUS_BARE_DEGREES]],
  ['PREFIX_TITLES', [...PREFIX_TITLES]],
  ['TRAILING_HONORIFICS', [...TRAILING_HONORIFICS]],
  ['LEADING_WEAK_PHRASES (words)', LEADING_WEAK_PHRASES.flat()],
  ['WEAK_ANYWHERE', [...WEAK_ANYWHERE]],
  ['WEAK_FROM_HERE', [...WEAK_FROM_HERE]],
  ['MUHAMMAD_FORMS', MUHAMMAD_FORMS],
  ['ABBREVIATION_KEYS (both sides)', [...ABBREVIATION_KEYS].flat()],
  ['ASSIMILATED_ABDUL', ASSIMILATED_ABDUL],
];

/** What a name part can be in name.ts: uppercase letters only. */
const LETTERS = /^[A-Z]+$/;
/** The degrees a name part can match. */
const MATCHABLE_DEGREES = [...DEGREES].filter((d) => LETTERS.test(d));

const MUHAMMAD = tokenKey('MUHAMMAD');
const ABDUL = tokenKey('ABDUL');

describe('name vocabulary: shape', () => {
  it.each(LISTS)('%s holds only uppercase A–Z words (what name.ts compares: no dots, spaces, apostrophes)', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !LETTERS.test(w))).toEqual([]);
  });

  it.each([
    ['MUHAMMAD_FORMS', MUHAMMAD_FORMS],
    ['ASSIMILATED_ABDUL', ASSIMILATED_ABDUL],
    ['LEADING_WEAK_PHRASES', LEADING_WEAK_PHRASES.map((p) => p.join(' '))],
  ] as const)('%s has no duplicate entry', (_name, entries) => {
    expect(entries.filter((e, i) => entries.indexOf(e) !== i)).toEqual([]);
  });

  it('every ambiguous bare degree is a degree (otherwise the exception means nothing)', () => {
    expect([...AMBIGUOUS_BARE_DEGREES].filter((d) => !DEGREES.has(d))).toEqual([]);
  });

  it('every trailing honorific is also an honorific before a name', () => {
    expect([...TRAILING_HONORIFICS].filter((t) => !PREFIX_TITLES.has(t))).toEqual([]);
  });

  it('legal-name titles are never honorifics to strip (DOMAIN.md §4.2: "Do not strip them blindly")', () => {
    const weakWords = new Set([...LEADING_WEAK_PHRASES.flat(), ...WEAK_ANYWHERE, ...WEAK_FROM_HERE]);
    expect([...weakWords].filter((w) => PREFIX_TITLES.has(w))).toEqual([]);
  });

  it('no Muhammad form or ABDUL form is a title or a degree (they are names, never stripped)', () => {
    const nameWords = [...MUHAMMAD_FORMS, ...ASSIMILATED_ABDUL, ...ABBREVIATION_KEYS.keys()];
    expect(nameWords.filter((w) => PREFIX_TITLES.has(w) || DEGREES.has(w))).toEqual([]);
  });

  it('LEADING_WEAK_PHRASES lists a longer phrase before every shorter phrase it starts with', () => {
    const out: string[] = [];
    LEADING_WEAK_PHRASES.forEach((short, i) => {
      LEADING_WEAK_PHRASES.forEach((long, j) => {
        const startsWith = long.length > short.length && short.every((w, k) => long[k] === w);
        if (startsWith && j > i) out.push(`${long.join(' ')} after ${short.join(' ')}`);
      });
    });
    expect(out).toEqual([]);
  });

  it('every assimilated ABDUL is ABDU + a sun letter (ABDUR RAHMAN, ABDUS SALAM, ABDUN NASIR)', () => {
    // The sun letters as they begin a key: D, N, R, S (and SY), T, Z (name.ts SUN_LETTERS).
    expect(ASSIMILATED_ABDUL.filter((f) => !/^ABDU(D|N|R|S|SY|T|Z)$/.test(f))).toEqual([]);
  });
});

describe('name vocabulary: DOMAIN.md §4.2 coverage', () => {
  // "Degrees (Permenristekdikti 63/2016 → 59/2018 Pasal 20): suffixes such as A.P., A.Md. (A.M.), S.Tr.,
  // S.<field> (S.Pd., S.E., S.Kom., S.Pd.I., S.H., S.Sos., S.Kep., S.K.M., S.T.), M.<field> (M.M., M.Pd.,
  // M.Si., M.Kes.), M.Tr., Dr. and Sp.", written here without dots (A.M. has a test of its own below).
  const domainDegrees = ['A.P.', 'A.Md.', 'S.Tr.', 'S.Pd.', 'S.E.', 'S.Kom.', 'S.Pd.I.', 'S.H.', 'S.Sos.', 'S.Kep.', 'S.K.M.', 'S.T.', 'M.M.', 'M.Pd.', 'M.Si.', 'M.Kes.', 'M.Tr.', 'Dr.', 'Sp.'];
  const undotted = (t: string): string => t.replace(/\./g, '').toUpperCase();

  it('every degree suffix DOMAIN.md §4.2 names is a degree', () => {
    expect(domainDegrees.filter((d) => !DEGREES.has(undotted(d)))).toEqual([]);
  });

  it('A.M. (the older form of A.Md., DOMAIN.md §4.2) is a degree, ambiguous when bare (it may be initials)', () => {
    // Was missing: "SITI RAHAYU, A.M." kept A and M as name tokens even after a comma.
    expect(DEGREES.has('AM')).toBe(true);
    expect(AMBIGUOUS_BARE_DEGREES.has('AM')).toBe(true);
  });

  it('"SITI RAHAYU, A.M." is SITI RAHAYU with A.M. removed', () => {
    const n = normalizeName('SITI RAHAYU, A.M.');
    expect({ clean: n.clean, removed: n.removed }).toEqual({ clean: 'SITI RAHAYU', removed: ['A.M.'] });
  });

  it('the older academic prefixes Drs./Dra., Ir., dr., drg., drh. are prefix titles', () => {
    expect(['Drs.', 'Dra.', 'Ir.', 'dr.', 'drg.', 'drh.'].filter((t) => !PREFIX_TITLES.has(undotted(t)))).toEqual([]);
  });

  it('the religious and social honorifics are prefix titles (H./Haji, Hj./Hajjah, Bapak/Bpk/Bp, Ibu/Bu, Ny., Nn., Sdr./Sdri., Pdt., Ustadz/Ustadzah, KH)', () => {
    const honorifics = ['H.', 'Haji', 'Hj.', 'Hajjah', 'Bapak', 'Bpk', 'Bp', 'Ibu', 'Bu', 'Ny.', 'Nn.', 'Sdr.', 'Sdri.', 'Pdt.', 'Ustadz', 'Ustadzah', 'KH'];
    expect(honorifics.filter((t) => !PREFIX_TITLES.has(undotted(t)))).toEqual([]);
  });

  it('Fr. (Frater) and Sr. (Suster), listed with the honorifics in DOMAIN.md §4.2, are prefix titles', () => {
    // Were missing: a nurse or teacher from a Catholic order listed with her title on one side and
    // without it on the other got an extra name word.
    expect([normalizeName('Sr. Maria Goretti').clean, normalizeName('Fr. Yohanes Budi').clean]).toEqual(['MARIA GORETTI', 'YOHANES BUDI']);
  });

  it('the legal-name titles Raden (R.), R.A., Teuku, Cut, Andi, I Gusti, Anak Agung are leading weak phrases', () => {
    const phrases = new Set(LEADING_WEAK_PHRASES.map((p) => p.join(' ')));
    expect(['RADEN', 'R', 'R A', 'TEUKU', 'CUT', 'ANDI', 'I GUSTI', 'ANAK AGUNG'].filter((p) => !phrases.has(p))).toEqual([]);
  });

  it('the Muhammad variants (Muhammad, Muhamad, Mohamad, Mohammad, Mochammad, Moch., Moh., Muh., Mhd.) all get the Muhammad key', () => {
    const variants = ['Muhammad', 'Muhamad', 'Mohamad', 'Mohammad', 'Mochammad', 'Moch.', 'Moh.', 'Muh.', 'Mhd.'].map(undotted);
    expect(variants.filter((v) => tokenKey(v) !== MUHAMMAD)).toEqual([]);
  });

  it('bin/binti mark the patronymic (weak from there on)', () => {
    expect(WEAK_FROM_HERE.has('BIN') && WEAK_FROM_HERE.has('BINTI')).toBe(true);
  });

  it('ABD. keys as ABDUL (Permendagri 73/2022: "Abdul, not Abd.")', () => {
    expect(ABBREVIATION_KEYS.get('ABD')).toBe('ABDUL');
    expect(tokenKey('ABD')).toBe(ABDUL);
  });
});

describe('name vocabulary: each list does its job in normalizeName', () => {
  it('every degree is removed after a comma ("BUDI SANTOSO, SPD")', () => {
    const wrong = MATCHABLE_DEGREES.flatMap((d) => {
      const n = normalizeName(`${NAME}, ${d}`);
      return n.clean === NAME && n.removed.length === 1 && n.removed[0] === d ? [] : [`${d}: ${n.clean} / ${n.removed.join(',')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('every unambiguous degree is removed bare at the end of the name ("BUDI SANTOSO SPD")', () => {
    const wrong = MATCHABLE_DEGREES
      .filter((d) => !AMBIGUOUS_BARE_DEGREES.has(d))
      .flatMap((d) => {
        const n = normalizeName(`${NAME} ${d}`);
        return n.clean === NAME && n.removed[0] === d ? [] : [`${d}: ${n.clean}`];
      });
    expect(wrong).toEqual([]);
  });

  it('an ambiguous degree is kept bare at the end ("LIE MA", MA a surname) and removed with a dot ("LIE M.A." style)', () => {
    const wrong = [...AMBIGUOUS_BARE_DEGREES].flatMap((d) => {
      const bare = normalizeName(`${NAME} ${d}`);
      const dotted = normalizeName(`${NAME} ${d}.`);
      return bare.clean === `${NAME} ${d}` && bare.removed.length === 0 && dotted.clean === NAME && dotted.removed[0] === `${d}.` ? [] : [d];
    });
    expect(wrong).toEqual([]);
    expect(normalizeName('LIE MA').tokens).toEqual(['LIE', 'MA']);
  });

  it('a degree word in the middle of the first segment stays a name word', () => {
    expect(normalizeName('BUDI SE SANTOSO').tokens).toEqual(['BUDI', 'SE', 'SANTOSO']);
  });

  it('every prefix title is removed before a name ("HJ BUDI SANTOSO") and after a comma', () => {
    const wrong = [...PREFIX_TITLES].flatMap((t) => {
      const before = normalizeName(`${t} ${NAME}`);
      const after = normalizeName(`${NAME}, ${t}`);
      return before.clean === NAME && before.removed[0] === t && after.clean === NAME && after.removed[0] === t ? [] : [t];
    });
    expect(wrong).toEqual([]);
  });

  it('a trailing honorific is removed at the end ("BUDI (ALM)"); other honorifics there stay name words', () => {
    // "Alm." (deceased, PREFIX_TITLES) in its male/female, short/long forms: all four trail a name.
    const deceased = ['ALM', 'ALMH', 'ALMARHUM', 'ALMARHUMAH'];
    expect(deceased.filter((t) => !TRAILING_HONORIFICS.has(t))).toEqual([]);
    expect(normalizeName('SITI AMINAH (Almh.)').clean).toBe('SITI AMINAH');
    const trailing = [...TRAILING_HONORIFICS].filter((t) => normalizeName(`${NAME} (${t})`).clean !== NAME);
    expect(trailing).toEqual([]);
    // A prefix-only title after the name is not removed (only degrees and TRAILING_HONORIFICS are).
    const prefixOnly = [...PREFIX_TITLES].filter((t) => !TRAILING_HONORIFICS.has(t) && !DEGREES.has(t));
    expect(prefixOnly.filter((t) => normalizeName(`${NAME} ${t}`).clean !== `${NAME} ${t}`)).toEqual([]);
  });

  it('every leading weak phrase stays in the name, marked weak, before a name word', () => {
    const wrong = LEADING_WEAK_PHRASES.flatMap((p) => {
      const n = normalizeName(`${p.join(' ')} SANTOSO`);
      const ok = n.tokens.join(' ') === `${p.join(' ')} SANTOSO` && n.weak.join() === [...p.map(() => true), false].join() && n.removed.length === 0;
      return ok ? [] : [p.join(' ')];
    });
    expect(wrong).toEqual([]);
  });

  it('the longest leading phrase wins, and phrases repeat ("RADEN MAS", "ANDI DAENG")', () => {
    expect(normalizeName('RADEN MAS SAID').weak).toEqual([true, true, false]);
    expect(normalizeName('ANDI DAENG MATTA').weak).toEqual([true, true, false]);
  });

  it('a WEAK_ANYWHERE title is weak in the middle of a name ("SITI DAENG NGAI")', () => {
    // The module's examples: Makassar DAENG and KARAENG often sit mid-name.
    expect(normalizeName('SITI DAENG NGAI').weak).toEqual([false, true, false]);
    expect(normalizeName('AHMAD KARAENG LALO').weak).toEqual([false, true, false]);
    for (const w of WEAK_ANYWHERE) expect(normalizeName(`SITI ${w} NGAI`).weak, w).toEqual([false, true, false]);
  });

  it('a patronymic/alias marker makes itself and every later word weak ("SITI BINTI AHMAD YANI")', () => {
    expect(normalizeName('BUDI ALIAS BUDIMAN').weak).toEqual([false, true, true]);
    for (const m of WEAK_FROM_HERE) expect(normalizeName(`SITI ${m} AHMAD YANI`).weak, m).toEqual([false, true, true, true]);
  });

  it('every Muhammad form gets the Muhammad key as a name word', () => {
    expect(MUHAMMAD_FORMS.filter((f) => normalizeName(`${f} ALI`).keys[0] !== MUHAMMAD)).toEqual([]);
  });

  it('spellings the key already unifies need no entry (MOKHAMAD, MOEHAMMAD)', () => {
    expect([tokenKey('MOKHAMAD'), tokenKey('MOEHAMMAD')]).toEqual([MUHAMMAD, MUHAMMAD]);
  });

  it('other names are not pulled into the Muhammad family (AHMAD, MAHMUD, MUHTAR, MUHSIN)', () => {
    expect(['AHMAD', 'MAHMUD', 'MUHTAR', 'MUHSIN'].filter((n) => tokenKey(n) === MUHAMMAD)).toEqual([]);
  });

  it('ABDUL written as pronounced before a sun letter keys as ABDUL (the module\u2019s examples)', () => {
    const keysOf = (n: string): readonly string[] => normalizeName(n).keys;
    expect(keysOf('ABDUR RAHMAN')).toEqual(keysOf('ABDUL RAHMAN'));
    expect(keysOf('ABDUS SALAM')).toEqual(keysOf('ABDUL SALAM'));
    expect(keysOf('ABDUN NASIR')).toEqual(keysOf('ABDUL NASIR'));
  });

  it('every assimilated ABDUL and ABD key as ABDUL ("ABDUR RAHMAN" = "ABDUL RAHMAN"); ABDI stays ABDI', () => {
    const forms = [...ASSIMILATED_ABDUL, ...ABBREVIATION_KEYS.keys()];
    expect(forms.filter((f) => normalizeName(`${f} RAHMAN`).keys[0] !== ABDUL)).toEqual([]);
    expect(tokenKey('ABDI')).not.toBe(ABDUL);
  });
});
