import type { Catalog, Lang, Message } from './message.js';
import { catalogs } from './catalogs.js';
import { formatInteger } from './format-integer.js';

const merged: Map<string, Catalog[string]> = new Map();
for (const catalog of catalogs) {
  for (const [code, texts] of Object.entries(catalog)) merged.set(code, texts);
}

/** Renders a message in the given language. Unknown codes fall back to the code itself plus params, never throw. */
export function translate(lang: Lang, message: Message): string {
  const texts = merged.get(message.code);
  const params = message.params ?? {};
  if (texts === undefined) {
    const rest = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
    return rest === '' ? message.code : `${message.code} (${rest})`;
  }
  const one = lang === 'en' && texts.en_one !== undefined && (params['count'] === 1 || params['count'] === '1');
  return fill(one ? (texts.en_one ?? texts.en) : texts[lang], params, lang);
}

/** Looks up a plain label (a message without parameters). */
export function label(lang: Lang, code: string): string {
  return translate(lang, { code });
}

/**
 * A `count` given as a number is written as the reports write counts: "1.500" (id), "1,500" (en), and an
 * amount (a key ending in `_rupiah`) as they write amounts: "Rp 11.086.300" / "Rp 11,086,300". Only those:
 * other numbers (row numbers, years, scores) must stay as they are.
 */
function shownParam(key: string, v: string | number, lang: Lang): string {
  if (typeof v !== 'number' || !Number.isInteger(v)) return String(v);
  if (key === 'count') return formatInteger(lang, v);
  if (key.endsWith('_rupiah')) return `Rp ${formatInteger(lang, v)}`;
  return String(v);
}

function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  // Most reasons on a million-row report have no placeholder: no parsing, no new string.
  const parts = templateParts(template);
  if (parts === null) return template;
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? '';
    const v = params[key];
    out += v === undefined ? `{${key}}` : shownParam(key, v, lang);
    out += parts[i + 1] ?? '';
  }
  return out;
}

/**
 * A template split once into text and placeholder names, alternating (text, key, text, …); null when
 * it has no placeholder. Templates are the catalogs' own strings, so the cache stays small.
 */
const partsCache = new Map<string, readonly string[] | null>();

function templateParts(template: string): readonly string[] | null {
  let parts = partsCache.get(template);
  if (parts !== undefined) return parts;
  parts = template.includes('{') ? template.split(/\{(\w+)\}/) : null;
  if (parts !== null && parts.length === 1) parts = null;
  partsCache.set(template, parts);
  return parts;
}

export function hasMessage(code: string): boolean {
  return merged.has(code);
}

export type { Catalog };
