/**
 * A user-facing message as data: a stable code plus parameters. The core returns these;
 * only the shell renders them in Indonesian or English (src/i18n/translate.ts).
 */
export interface Message {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function msg(code: string, params?: Record<string, string | number>): Message {
  return params === undefined ? { code } : { code, params };
}

export type Lang = 'id' | 'en';

/** A catalog maps message codes to templates with `{param}` placeholders. */
/** `en_one`: the English text when the `count` parameter is 1 ("1 data problem"); Indonesian has no plural form. */
export type Catalog = Readonly<Record<string, { readonly id: string; readonly en: string; readonly en_one?: string }>>;
