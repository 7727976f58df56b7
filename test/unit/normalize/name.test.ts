import { describe, expect, it } from 'vitest';
import { nameKey, nameKeyString, normalizeName } from '../../../src/normalize/name.js';

describe('normalizeName: clean text and removed titles', () => {
  const cases: { raw: string; clean: string; removed?: string[] }[] = [
    { raw: 'Budi Santoso', clean: 'BUDI SANTOSO', removed: [] },
    { raw: '  budi   santoso  ', clean: 'BUDI SANTOSO' },
    { raw: 'Dr. H. Budi Santoso, S.Pd., M.Pd.', clean: 'BUDI SANTOSO', removed: ['Dr.', 'H.', 'S.Pd.', 'M.Pd.'] },
    { raw: 'BUDI SANTOSO, S.Pd', clean: 'BUDI SANTOSO', removed: ['S.Pd'] },
    { raw: 'BUDI SANTOSO,S.Pd', clean: 'BUDI SANTOSO', removed: ['S.Pd'] },
    { raw: 'BUDI SANTOSO SPd', clean: 'BUDI SANTOSO', removed: ['SPd'] },
    { raw: 'BUDI SANTOSO S. Pd', clean: 'BUDI SANTOSO', removed: ['S. Pd'] },
    { raw: 'BUDI SANTOSO S.Pd.I', clean: 'BUDI SANTOSO', removed: ['S.Pd.I'] },
    { raw: 'BUDI SANTOSO, S.Pd.I.', clean: 'BUDI SANTOSO', removed: ['S.Pd.I.'] },
    { raw: 'Rina Wati, A.Md.Kep', clean: 'RINA WATI', removed: ['A.Md.Kep'] },
    { raw: 'Rina Wati AMd.Keb', clean: 'RINA WATI', removed: ['AMd.Keb'] },
    { raw: 'Ir. Sutami, M.T.', clean: 'SUTAMI', removed: ['Ir.', 'M.T.'] },
    { raw: 'Drs. Ahmad Yani, M.Si', clean: 'AHMAD YANI', removed: ['Drs.', 'M.Si'] },
    { raw: 'dr. Ratna Sari, Sp.OG', clean: 'RATNA SARI', removed: ['dr.', 'Sp.OG'] },
    { raw: 'drg. Ratna (Alm)', clean: 'RATNA', removed: ['drg.', 'Alm'] },
    { raw: 'Hj. Siti Aminah, S.Pd.I', clean: 'SITI AMINAH', removed: ['Hj.', 'S.Pd.I'] },
    { raw: 'H. Ruslan', clean: 'RUSLAN', removed: ['H.'] },
    { raw: 'H Ruslan', clean: 'RUSLAN', removed: ['H'] },
    { raw: 'Prof. Dr. Ir. H. Bambang, M.Sc., Ph.D', clean: 'BAMBANG', removed: ['Prof.', 'Dr.', 'Ir.', 'H.', 'M.Sc.', 'Ph.D'] },
    { raw: 'Bpk. Suparman', clean: 'SUPARMAN', removed: ['Bpk.'] },
    { raw: 'Ibu Sumarni', clean: 'SUMARNI', removed: ['Ibu'] },
    { raw: 'Sdr. Agus', clean: 'AGUS', removed: ['Sdr.'] },
    { raw: 'Ny. Sri Wahyuni', clean: 'SRI WAHYUNI', removed: ['Ny.'] },
    { raw: 'KH. Abdul Hamid', clean: 'ABDUL HAMID', removed: ['KH.'] },
    { raw: 'SUPARMAN SH', clean: 'SUPARMAN', removed: ['SH'] },
    { raw: 'SUPARMAN, SH, MH', clean: 'SUPARMAN', removed: ['SH', 'MH'] },
    { raw: 'SUPARMAN S.E., Ak.', clean: 'SUPARMAN', removed: ['S.E.', 'Ak.'] },
    { raw: 'SUPARMAN S.Kom', clean: 'SUPARMAN', removed: ['S.Kom'] },
    { raw: 'SUPARMAN SE MM', clean: 'SUPARMAN', removed: ['SE', 'MM'] },
    { raw: 'SANTOSO, H. BUDI', clean: 'SANTOSO BUDI', removed: ['H.'] },
    { raw: 'apt. Dewi Lestari, S.Farm', clean: 'DEWI LESTARI', removed: ['apt.', 'S.Farm'] },
    { raw: 'Ns. Dewi Lestari, S.Kep', clean: 'DEWI LESTARI', removed: ['Ns.', 'S.Kep'] },
    // Punctuation, digits, apostrophes.
    { raw: "MA'RUF AMIN", clean: 'MARUF AMIN' },
    { raw: 'NU\u2019MAN', clean: 'NUMAN' },
    { raw: 'SITI-AISYAH', clean: 'SITI AISYAH' },
    { raw: 'BUDI (BUDIMAN)', clean: 'BUDI BUDIMAN' },
    { raw: 'BUDI2 SANTOSO', clean: 'BUDI SANTOSO' },
    { raw: 'MUH.ALI', clean: 'MUH ALI' },
    { raw: 'André Müller', clean: 'ANDRE MULLER' },
    { raw: 'ＢＵＤＩ　ＳＡＮＴＯＳＯ', clean: 'BUDI SANTOSO' },
    // Ambiguous bare tokens are kept.
    { raw: 'ALI MA', clean: 'ALI MA', removed: [] },
    { raw: 'ALI M.A.', clean: 'ALI', removed: ['M.A.'] },
    { raw: 'ALI, MA', clean: 'ALI', removed: ['MA'] },
    { raw: 'BUDI S', clean: 'BUDI S', removed: [] },
    { raw: 'BUDI S PD', clean: 'BUDI S PD', removed: [] },
    // "H" is Haji only at the start with a name after it.
    { raw: 'ABDUL H. SIREGAR', clean: 'ABDUL H SIREGAR', removed: [] },
    { raw: 'H.', clean: 'H', removed: [] },
    // A name is never stripped to nothing.
    { raw: 'SE', clean: 'SE', removed: [] },
    { raw: 'Dr. H.', clean: 'H', removed: ['Dr.'] },
    { raw: 'H. SE', clean: 'SE', removed: ['H.'] },
    { raw: '', clean: '', removed: [] },
    { raw: ' , ', clean: '', removed: [] },
  ];
  it.each(cases)('$raw → $clean', ({ raw, clean, removed }) => {
    const n = normalizeName(raw);
    expect(n.original).toBe(raw);
    expect(n.clean).toBe(clean);
    expect(n.tokens).toEqual(clean === '' ? [] : clean.split(' '));
    expect(n.keys).toHaveLength(n.tokens.length);
    expect(n.weak).toHaveLength(n.tokens.length);
    if (removed !== undefined) expect(n.removed).toEqual(removed);
  });
});

describe('normalizeName: keys where old and new spellings meet', () => {
  const same: [string, string][] = [
    ['DJOKO', 'JOKO'],
    ['TJAHJO', 'CAHYO'],
    ['SOEKARNO', 'SUKARNO'],
    ['SOEHARTO', 'SUHARTO'],
    ['JUSUF', 'YUSUF'],
    ['CHAIRUL', 'KHAIRUL'],
    ['CHAIRUL', 'HAIRUL'],
    ['SJAHRIR', 'SYAHRIR'],
    ['NJOMAN', 'NYOMAN'],
    ['ACHMAD', 'AHMAD'],
    ['AKHMAD', 'AHMAD'],
    ['RAMADHAN', 'RAMADAN'],
    ['TAUFIQ', 'TAUFIK'],
    ['HABIBIE', 'HABIBI'],
    ['ABDULLAH', 'ABDULAH'],
    ['MUHAMMAD', 'MUHAMAD'],
    ['DJOKO TJAHJONO', 'JOKO CAHYONO'],
    ['SOEDJONO', 'SUYONO'],
    ['NOER HIDAJAT', 'NUR HIDAYAT'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(normalizeName(a).keys).toEqual(normalizeName(b).keys);
  });

  const different: [string, string][] = [
    ['BUDI', 'BUDIMAN'],
    ['AHMAD', 'MAHMUD'],
    ['SITI', 'SETI'],
    ['JOKO', 'JOKI'],
    ['RINA', 'RINI'],
  ];
  it.each(different)('%s ≠ %s', (a, b) => {
    expect(normalizeName(a).keys).not.toEqual(normalizeName(b).keys);
  });

  it('ABDUL assimilated before a sun letter keys as ABDUL, alone or joined to the next name', () => {
    expect(normalizeName('ABDUR RAHMAN').keys).toEqual(normalizeName('ABDUL RAHMAN').keys);
    expect(normalizeName('ABDUS SALAM').keys).toEqual(normalizeName('ABDUL SALAM').keys);
    expect(nameKey('ABDURRAHMAN')).toBe(nameKey('ABDULRAHMAN'));
    expect(nameKey('ABDUSSYUKUR')).toBe(nameKey('ABDULSYUKUR'));
    // Not before a moon letter, and ABDULLAH keeps its L.
    expect(nameKey('ABDULKARIM')).toBe('ABDULKARIM');
    expect(nameKey('ABDULLAH')).toBe('ABDULAH');
  });

  it('J and Y share a key letter, so JOKO and YOKO share a key (documented trade-off)', () => {
    expect(nameKey('JOKO')).toBe(nameKey('YOKO'));
  });

  it('the Muhammad family shares one key', () => {
    const forms = ['MUHAMMAD', 'MUHAMAD', 'MOHAMMAD', 'MOHAMAD', 'MOCHAMMAD', 'MOCHAMAD', 'MOKHAMAD', 'MUCHAMMAD', 'MOEHAMMAD', 'MOCH', 'MOCH.', 'MOH.', 'MUH.', 'MHD.', 'MUHAMMED', 'M.'];
    const keys = new Set(forms.map((f) => normalizeName(`${f} YUSUF`).keys[0]));
    expect(keys.size).toBe(1);
    expect(normalizeName('AHMAD YUSUF').keys[0]).not.toBe([...keys][0]);
  });

  it('"M" is Muhammad only as the first name token with a name after it', () => {
    const key = normalizeName('MUHAMMAD ALI').keys[0];
    expect(normalizeName('M. ALI').keys).toEqual([key, 'ALI']);
    expect(normalizeName('M ALI').keys).toEqual([key, 'ALI']);
    expect(normalizeName('H. M. ALI').keys).toEqual([key, 'ALI']);
    expect(normalizeName('ALI M').keys).toEqual(['ALI', 'M']);
    expect(normalizeName('ALI M SAID').keys).toEqual(['ALI', 'M', 'SAID']);
    expect(normalizeName('M').keys).toEqual(['M']);
    // After a legal title the first *strong* token counts.
    expect(normalizeName('ANDI M. YUSUF').keys).toEqual(['ANDI', key, 'YUSUF']);
  });

  it('ABD. has the key of ABDUL', () => {
    expect(normalizeName('ABD. RAHMAN').keys).toEqual(normalizeName('ABDUL RAHMAN').keys);
  });
});

describe('normalizeName: weak tokens', () => {
  const cases: { raw: string; weak: string }[] = [
    { raw: 'RADEN MAS SOEDJONO', weak: '110' },
    { raw: 'R. SOEDJONO', weak: '10' },
    { raw: 'R.A. KARTINI', weak: '110' },
    { raw: 'RA KARTINI', weak: '10' },
    { raw: 'TEUKU UMAR', weak: '10' },
    { raw: 'T. UMAR', weak: '10' },
    { raw: 'CUT NYAK DIEN', weak: '110' },
    { raw: 'ANDI BAHTIAR', weak: '10' },
    { raw: 'ANDI BAHTIAR DAENG MATTA', weak: '1010' },
    { raw: 'I GUSTI AYU PUTU SRI', weak: '11100' },
    { raw: 'I MADE SUDARSANA', weak: '100' },
    { raw: 'NI LUH PUTU ARI', weak: '1000' },
    { raw: 'ANAK AGUNG GEDE RAKA', weak: '1110' },
    { raw: 'IDA BAGUS MADE', weak: '110' },
    { raw: 'I DEWA AYU KADEK', weak: '1110' },
    { raw: 'LALU MUHAMMAD ZOHRI', weak: '100' },
    { raw: 'SITI BINTI AHMAD', weak: '011' },
    { raw: 'ALI BIN ABU BAKAR', weak: '0111' },
    { raw: 'BUDI ALIAS ABENG', weak: '011' },
    // The last token is never a leading title; a lone title-word is the name.
    { raw: 'ANDI', weak: '0' },
    { raw: 'RADEN', weak: '0' },
    { raw: 'ANDI SETIAWAN', weak: '10' },
    { raw: 'BUDI SANTOSO', weak: '00' },
    // BIN at the end marks nothing.
    { raw: 'AHMAD BIN', weak: '00' },
  ];
  it.each(cases)('$raw → $weak', ({ raw, weak }) => {
    expect(normalizeName(raw).weak.map((w) => (w ? '1' : '0')).join('')).toBe(weak);
  });
});

describe('nameKeyString', () => {
  it('sorts the non-weak keys', () => {
    expect(nameKeyString(normalizeName('SANTOSO BUDI'))).toBe('BUDI SANTOSO');
    expect(nameKeyString(normalizeName('Raden Budi Santoso, S.Pd'))).toBe('BUDI SANTOSO');
    expect(nameKeyString(normalizeName('SITI BINTI AHMAD'))).toBe('SITI');
  });

  it('old spellings and degrees give the same blocking key', () => {
    expect(nameKeyString(normalizeName('Drs. DJOKO SOESILO, M.Pd'))).toBe(nameKeyString(normalizeName('JOKO SUSILO')));
  });

  it('uses every key when every token is weak', () => {
    const n = normalizeName('RADEN');
    expect(nameKeyString({ ...n, weak: [true] })).toBe('RADEN');
    expect(nameKeyString(normalizeName(''))).toBe('');
  });
});
