import { msg, type Message } from '../i18n/message.js';

const fixed = new Map<string, Message>();

/**
 * A message without parameters, frozen and shared: the matcher gives a million decisions three or
 * four reasons each, and most are the same few parameterless messages ("same NIK", "names equal").
 */
export function fixedMsg(code: string): Message {
  let m = fixed.get(code);
  if (m === undefined) {
    m = Object.freeze(msg(code));
    fixed.set(code, m);
  }
  return m;
}
