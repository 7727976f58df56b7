import type { Lang, Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import { isSharedReasons } from '../match/fixed-message.js';

/** Per language, the text of each shared list of reasons (few: see `sharedReasons`). */
const texts: Record<Lang, Map<readonly Message[], string>> = { id: new Map(), en: new Map() };

/**
 * A decision's reasons as one cell ("…; …"). Most decisions share one of a few lists of reasons
 * (match/fixed-message.ts), and each of those is translated and joined once per language instead of
 * once per row (a million rows at 1M × 1M).
 */
export function reasonsText(lang: Lang, reasons: readonly Message[]): string {
  if (!isSharedReasons(reasons)) return joined(lang, reasons);
  let text = texts[lang].get(reasons);
  if (text === undefined) {
    text = joined(lang, reasons);
    texts[lang].set(reasons, text);
  }
  return text;
}

function joined(lang: Lang, reasons: readonly Message[]): string {
  return reasons.map((r) => translate(lang, r)).join('; ');
}
