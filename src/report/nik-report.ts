import type { Lang } from '../i18n/message.js';
import { translate, label } from '../i18n/translate.js';
import type { ParsedNik } from '../normalize/parsed-nik.js';
import { decodeNik } from '../normalize/nik.js';

type RegionLookup = (code6: string) => { province: string | null; regency: string | null; known: 'current' | 'legacy' | 'unknown' };

const STATUS_LABEL = {
  valid: 'nik.out.valid',
  invalid: 'nik.out.invalid',
  excel_damaged: 'nik.out.damaged',
  missing: 'nik.out.missing',
} as const satisfies Record<ParsedNik['status'], string>;

/** One human line per NIK: `3273…0001  valid  KOTA BANDUNG, JAWA BARAT · born 1990-01-05 · female · serial 0001`. */
export function renderNikLine(lang: Lang, p: ParsedNik, shown: (s: string) => string, region: RegionLookup): string {
  const parts: string[] = [shown(p.nik ?? p.raw), label(lang, STATUS_LABEL[p.status])];
  const d = decodeNik(p);
  if (d !== null) {
    parts.push(regionText(lang, d.region, region));
    if (d.birthDate !== null) parts.push(`${label(lang, 'nik.out.born')} ${d.birthDate}`);
    parts.push(label(lang, d.sex === 'F' ? 'nik.out.female' : 'nik.out.male'));
    parts.push(`${label(lang, 'nik.out.serial')} ${d.serial}`);
  }
  if (p.reason !== null) parts.push(translate(lang, p.reason));
  for (const w of p.warnings) parts.push(translate(lang, w));
  return parts.join('  ·  ');
}

export function nikJson(lang: Lang, p: ParsedNik, shown: (s: string) => string, region: RegionLookup): Record<string, unknown> {
  const d = decodeNik(p);
  const r = d === null ? null : region(d.region);
  return {
    input: shown(p.raw),
    nik: p.nik === null ? null : shown(p.nik),
    status: p.status,
    valid: p.status === 'valid',
    reason: p.reason === null ? null : { code: p.reason.code, text: translate(lang, p.reason) },
    warnings: p.warnings.map((w) => ({ code: w.code, text: translate(lang, w) })),
    region_code: d?.region ?? null,
    province: r?.province ?? null,
    regency: r?.regency ?? null,
    region_known: r?.known ?? null,
    birth_date: d?.birthDate ?? null,
    sex: d?.sex ?? null,
    serial: d?.serial ?? null,
  };
}

function regionText(lang: Lang, code: string, region: RegionLookup): string {
  const r = region(code);
  if (r.known === 'unknown') return `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)} (${label(lang, 'nik.out.region_unknown')})`;
  const names = [r.regency, r.province].filter((s): s is string => s !== null).join(', ');
  return r.known === 'legacy' ? `${names} (${label(lang, 'nik.out.legacy')})` : names;
}
