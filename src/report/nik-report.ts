import type { Lang, Message } from '../i18n/message.js';
import { translate, label } from '../i18n/translate.js';
import type { ParsedNik } from '../normalize/parsed-nik.js';
import { decodeNik } from '../normalize/nik.js';
import { maskNik } from '../normalize/mask-nik.js';
import { hideDistrict, maskedMessage } from './masked-message.js';

type RegionLookup = (code6: string) => { province: string | null; regency: string | null; known: 'current' | 'legacy' | 'unknown' };

const STATUS_LABEL = {
  valid: 'nik.out.valid',
  invalid: 'nik.out.invalid',
  excel_damaged: 'nik.out.damaged',
  missing: 'nik.out.missing',
} as const satisfies Record<ParsedNik['status'], string>;

/**
 * One human line per NIK: `3273014501900001  valid  KOTA BANDUNG, JAWA BARAT · born 1990-01-05 · female · serial 0001`.
 * Masked (`3273********0001`), the line says only what the visible digits say: the regency (digits 1–4) and the
 * serial (13–16). The district, birth date and sex are digits 5–12, the very digits the mask hides; printing them
 * decoded would rebuild the NIK (DOMAIN.md §6).
 */
export function renderNikLine(lang: Lang, p: ParsedNik, masked: boolean, region: RegionLookup): string {
  const parts: string[] = [shownAs(masked, p.nik ?? p.raw), label(lang, STATUS_LABEL[p.status])];
  const d = decodeNik(p);
  if (d !== null) {
    parts.push(regionText(lang, masked ? hideDistrict(d.region) : d.region, region));
    if (masked) parts.push(label(lang, 'nik.out.decoded_hidden'));
    else {
      if (d.birthDate !== null) parts.push(`${label(lang, 'nik.out.born')} ${d.birthDate}`);
      parts.push(label(lang, d.sex === 'F' ? 'nik.out.female' : 'nik.out.male'));
    }
    parts.push(`${label(lang, 'nik.out.serial')} ${d.serial}`);
  }
  if (p.reason !== null) parts.push(translate(lang, shownMessage(masked, p.reason)));
  for (const w of p.warnings) parts.push(translate(lang, shownMessage(masked, w)));
  return parts.join('  ·  ');
}

/** The JSON form of one NIK; masked, as the line: what digits 5–12 encode is null and `masked` is true. */
export function nikJson(lang: Lang, p: ParsedNik, masked: boolean, region: RegionLookup): Record<string, unknown> {
  const decoded = decodeNik(p);
  const d = decoded === null ? null : masked ? { ...decoded, region: hideDistrict(decoded.region), birthDate: null, sex: null } : decoded;
  const r = d === null ? null : region(d.region);
  return {
    input: shownAs(masked, p.raw),
    nik: p.nik === null ? null : shownAs(masked, p.nik),
    status: p.status,
    valid: p.status === 'valid',
    reason: p.reason === null ? null : { code: p.reason.code, text: translate(lang, shownMessage(masked, p.reason)) },
    warnings: p.warnings.map((w) => ({ code: w.code, text: translate(lang, shownMessage(masked, w)) })),
    region_code: d?.region ?? null,
    province: r?.province ?? null,
    regency: r?.regency ?? null,
    region_known: r?.known ?? null,
    birth_date: d?.birthDate ?? null,
    sex: d?.sex ?? null,
    serial: d?.serial ?? null,
    masked,
  };
}

function shownMessage(masked: boolean, m: Message): Message {
  return masked ? maskedMessage(m) : m;
}

function shownAs(masked: boolean, value: string): string {
  return masked ? maskNik(value) : value;
}

function regionText(lang: Lang, code: string, region: RegionLookup): string {
  const r = region(code);
  if (r.known === 'unknown') return `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)} (${label(lang, 'nik.out.region_unknown')})`;
  const names = [r.regency, r.province].filter((s): s is string => s !== null).join(', ');
  return r.known === 'legacy' ? `${names} (${label(lang, 'nik.out.legacy')})` : names;
}
