import type { Lang } from './message.js';

/**
 * The language for user-facing text: `--lang`, then REKON_LANG, then the system locale
 * (the first set of LC_ALL, LC_MESSAGES, LANG; then Intl). Indonesian locales ("id", "in", "id_ID.UTF-8") → 'id';
 * everything else → 'en'. Pure: the caller passes the environment.
 */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, intlLocale: string): Lang | null {
  if (flag !== undefined) return parseLang(flag);
  const fromEnv = env['REKON_LANG'];
  if (fromEnv !== undefined && fromEnv !== '') return parseLang(fromEnv) ?? 'en';
  // POSIX: the first of these that is set and not empty is the locale; the ones after it do not count, so
  // a cron job's LC_ALL=C overrides the system's LANG=id_ID.
  const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG'].map((key) => env[key]).find((v) => v !== undefined && v !== '');
  // C and POSIX (with or without an encoding: C.UTF-8 is Docker's default) choose no language: Intl decides.
  if (locale !== undefined && !/^(C|POSIX)(\.|$)/.test(locale)) return isIndonesian(locale) ? 'id' : 'en';
  return isIndonesian(intlLocale) ? 'id' : 'en';
}

/**
 * A REKON_LANG that names no language rekon speaks, when it is the one that decides (no --lang): the
 * run goes on in English, and the caller says so — a batch job's log would otherwise never show why.
 */
export function unknownEnvLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string | null {
  const fromEnv = env['REKON_LANG'];
  if (flag !== undefined || fromEnv === undefined || fromEnv === '') return null;
  return parseLang(fromEnv) === null ? fromEnv : null;
}

/** 'id' | 'en' (also Indonesian/English spelled out); null if it is neither. */
export function parseLang(s: string): Lang | null {
  const v = s.trim().toLowerCase();
  if (isIndonesian(v) || v === 'indonesia' || v === 'indonesian' || v === 'bahasa') return 'id';
  if (v === 'en' || v.startsWith('en_') || v.startsWith('en-') || v === 'english') return 'en';
  return null;
}

function isIndonesian(locale: string): boolean {
  const v = locale.toLowerCase();
  return v === 'id' || v === 'in' || /^(id|in)[_.-]/.test(v);
}
