/**
 * What names an agency (OPD) in a text that is not an agency column: a sheet name, a file name, a title row
 * above the header ("DAFTAR TENAGA NON ASN DINAS LINGKUNGAN HIDUP", "PEMERINTAH KABUPATEN X / DINAS …").
 */

/** Words that start an agency's name in a pemda (DOMAIN.md §3.2): the OPD and the units rosters are sent by. */
const AGENCY_WORDS: ReadonlySet<string> = new Set([
  'DINAS', 'BADAN', 'KANTOR', 'SEKRETARIAT', 'INSPEKTORAT', 'RSUD', 'RSUP', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS',
  'UPTD', 'UPT', 'BAGIAN', 'SATPOL',
]);

/** Multi-word starts, as token sequences. */
const AGENCY_PHRASES: readonly (readonly string[])[] = [['RUMAH', 'SAKIT'], ['SATUAN', 'POLISI'], ['POLISI', 'PAMONG']];

/**
 * Common OPD short names: a sheet or file called one names its agency (the officer's own label), and a title
 * row may be only that. Whole words only.
 */
const AGENCY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'BAPPEDA', 'BAPPELITBANGDA', 'BAPENDA', 'BPBD', 'BPKAD', 'BPKD', 'BPPKAD', 'BKD', 'BKPSDM', 'BKPP', 'KESBANGPOL',
  'DINKES', 'DISDIK', 'DISDIKBUD', 'DISHUB', 'DISPERKIM', 'DISKOMINFO', 'DISPORA', 'DISPAR', 'DISNAKER', 'DISDUKCAPIL',
  'DUKCAPIL', 'DLH', 'DLHK', 'DPUPR', 'DPMPTSP', 'DPRD', 'SETDA', 'SETWAN', 'DAMKAR',
]);

/**
 * Words after which a title no longer names the agency: the period, a letter number, the region the whole pemda
 * shares ("DINAS LINGKUNGAN HIDUP KABUPATEN KLATEN" is the agency rosters write "DINAS LINGKUNGAN HIDUP"), and
 * the words that go on to describe the list. KOTA after TATA is part of the name ("DINAS TATA KOTA").
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'TAHUN', 'TA', 'T.A', 'BULAN', 'PERIODE', 'SEMESTER', 'TRIWULAN', 'NOMOR', 'NO', 'TANGGAL', 'TGL', 'KEADAAN', 'PER',
  'SAMPAI', 'KABUPATEN', 'KAB', 'PROVINSI', 'PROV', 'PEMERINTAH', 'PEMKAB', 'PEMKOT', 'YANG', 'UNTUK', 'PADA', 'DI',
  'SEBAGAI', 'KOTA',
]);

/** Longest agency phrase taken from a title (words); a longer run is a sentence, cut there. */
const MAX_WORDS = 10;

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toUpperCase()
    .split(/[\s.]+/)
    .filter((w) => w !== '');
}

function startsAgency(tokens: readonly string[], at: number): boolean {
  const t = tokens[at] as string;
  if (AGENCY_WORDS.has(t) || AGENCY_ABBREVIATIONS.has(t)) return true;
  return AGENCY_PHRASES.some((p) => p.every((w, k) => tokens[at + k] === w));
}

/** Whether a sheet or file name names an agency itself ("DLHK", "SATPOL PP", "dinas lingkungan hidup"). */
export function namesAgency(name: string): boolean {
  const tokens = words(name.replace(/[-_]+/g, ' '));
  return tokens.some((_, i) => startsAgency(tokens, i));
}

/**
 * The agency a title row names, or null: from the first agency word of a part of the text (parts split at
 * "/", "|", ",", ";", ":", "(", " - " and line breaks) up to a stop word or a word with a digit.
 * "DAFTAR TENAGA NON ASN DINAS LINGKUNGAN HIDUP" → "DINAS LINGKUNGAN HIDUP".
 */
export function agencyInTitle(text: string): string | null {
  for (const part of text.split(/[/|,;:(\n\r]|\s-\s/)) {
    const tokens = part
      .normalize('NFC')
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    const keys = tokens.map((w) => w.toUpperCase().replace(/\.+$/, ''));
    const start = keys.findIndex((_, i) => startsAgency(keys, i));
    if (start < 0) continue;
    let end = start + 1;
    while (end < keys.length && end - start < MAX_WORDS) {
      const k = keys[end] as string;
      if (/\d/.test(k) || (STOP_WORDS.has(k) && !(k === 'KOTA' && keys[end - 1] === 'TATA'))) break;
      end++;
    }
    return tokens.slice(start, end).join(' ').toUpperCase();
  }
  return null;
}

/**
 * A file's base name as an agency: without extension, hyphens and underscores read as spaces
 * ("dinas-lingkungan-hidup.csv" → "dinas lingkungan hidup", which the budget groups with DINAS LINGKUNGAN HIDUP).
 */
export function fileAgencyName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const spaced = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced === '' ? stem : spaced;
}
