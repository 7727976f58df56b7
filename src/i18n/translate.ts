import type { Catalog, Lang, Message } from './message.js';
import { catalogs } from './catalogs.js';

const merged: Map<string, { id: string; en: string }> = new Map();
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
  return fill(texts[lang], params);
}

/** Looks up a plain label (a message without parameters). */
export function label(lang: Lang, code: string): string {
  return translate(lang, { code });
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  // Most reasons on a million-row report have no placeholder: no regex, no new string.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

export function hasMessage(code: string): boolean {
  return merged.has(code);
}

export type { Catalog };
