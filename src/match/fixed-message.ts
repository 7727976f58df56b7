import { msg, type Message } from '../i18n/message.js';

/**
 * A message given out by `fixedMsg` or `sharedMsg`: the kind `sharedReasons` shares lists of. A class
 * of its own so that telling one apart is a prototype check, not a look-up (a million decisions,
 * each reason checked).
 */
class SharedMessage implements Message {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  constructor(code: string, params?: Record<string, string | number>) {
    this.code = code;
    if (params !== undefined) this.params = Object.freeze(params);
    Object.freeze(this);
  }
}

const fixed = new Map<string, Message>();

/**
 * A message without parameters, frozen and shared: the matcher gives a million decisions three or
 * four reasons each, and most are the same few parameterless messages ("same NIK", "names equal").
 */
export function fixedMsg(code: string): Message {
  let m = fixed.get(code);
  if (m === undefined) {
    m = new SharedMessage(code);
    fixed.set(code, m);
  }
  return m;
}

const interned = new Map<string, Map<string | number, Message>>();
let internedCount = 0;
/** Distinct parameterised messages shared at most; past it, each call gets a message of its own. */
const MAX_INTERNED = 50_000;

/**
 * A message with parameters, frozen and shared by value: for the few that repeat across a roster
 * (a title removed, a common name's count, a NIK digit's position). Lists of such messages are then
 * shared too (`sharedReasons`), instead of one list per decision kept until the reports are written.
 * `key` must determine `params` for this code (e.g. the one parameter's value): it is what is looked
 * up, so that no key string is built per call.
 */
export function sharedMsg(code: string, key: string | number, params: Record<string, string | number>): Message {
  let byKey = interned.get(code);
  if (byKey === undefined) {
    byKey = new Map();
    interned.set(code, byKey);
  }
  let m = byKey.get(key);
  if (m === undefined) {
    if (internedCount >= MAX_INTERNED) return msg(code, params);
    m = new SharedMessage(code, params);
    byKey.set(key, m);
    internedCount++;
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
/**
 * Distinct lists kept at most. Few in practice: a handful of codes in a fixed order, and the shared
 * parameterised messages (a 100k roster gives ~11,000 distinct lists in all, most of them unique).
 */
const MAX_NODES = 50_000;

/**
 * The same list of reasons, shared when every reason is a shared message: most of a million decisions
 * give the same few lists ("same NIK; names equal; same birth date"), and an array per decision was
 * ~70 bytes of the heap that a large run keeps until its reports are written. Looked up by the
 * messages' identity, so no key is built. Other lists (a message with parameters) are returned as
 * they are.
 */
export function sharedReasons(list: readonly Message[]): readonly Message[] {
  let node = root;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (!(m instanceof SharedMessage)) return list;
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
