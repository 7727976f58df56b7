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

interface ListNode {
  readonly next: Map<Message, ListNode>;
  list: readonly Message[] | null;
}

const root: ListNode = { next: new Map(), list: null };
const sharedLists = new Set<readonly Message[]>();
let nodes = 0;
/** Distinct lists kept at most (they are few in practice: a handful of codes in a fixed order). */
const MAX_NODES = 10_000;

/**
 * The same list of reasons, shared when every reason is a fixed message: most of a million decisions
 * give the same few lists ("same NIK; names equal; same birth date"), and an array per decision was
 * ~70 bytes of the heap that a large run keeps until its reports are written. Looked up by the
 * messages' identity, so no key is built. Other lists (a message with parameters) are returned as
 * they are.
 */
export function sharedReasons(list: readonly Message[]): readonly Message[] {
  let node = root;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (fixed.get(m.code) !== m) return list;
    let next = node.next.get(m);
    if (next === undefined) {
      if (nodes >= MAX_NODES) return list;
      next = { next: new Map(), list: null };
      node.next.set(m, next);
      nodes++;
    }
    node = next;
  }
  if (node.list === null) {
    node.list = Object.freeze(list.slice());
    sharedLists.add(node.list);
  }
  return node.list;
}

/** True for a list `sharedReasons` returned as shared (so what is derived from it can be shared too). */
export function isSharedReasons(list: readonly Message[]): boolean {
  return sharedLists.has(list);
}
