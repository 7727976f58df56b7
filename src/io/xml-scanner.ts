/**
 * Callbacks of the scanner. Attributes arrive as the raw text inside the tag after its name; read
 * them with `getAttribute` — building an object per tag cost ~10% of XLSX reading time.
 */
export interface ScanHandlers {
  open(name: string, rawAttributes: string, selfClosing: boolean): void;
  /** Text between tags; a text longer than 64 Ki characters may arrive in several pieces. */
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * A small incremental XML tokenizer for worksheet parts — the hot path of the XLSX reader.
 *
 * Why not saxes here: saxes validates every character and reached ~30,000 rows/s on a 100k × 12
 * sheet; this scanner jumps between `<` and `>` with indexOf and reaches the ≥ 50,000 rows/s target
 * (bench/read-bench.mjs). It is not a validating parser: it understands start/end/self-closing tags,
 * quoted attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped); it
 * decodes the five predefined entities and character references only — custom entities are never
 * expanded (no "billion laughs"). Tag names lose their namespace prefix; a self-closing tag is
 * reported as open + close, like saxes. The small parts (workbook, rels, styles) still use saxes.
 */
export class XmlScanner {
  private pending = '';
  /** Length `pending` must reach before an incomplete token is scanned again (0: every write). */
  private retryAt = 0;
  /** Open elements; not 0 at the end means a truncated or mangled part. */
  private depth = 0;

  constructor(
    private readonly handlers: ScanHandlers,
    private readonly maxTokenChars: number = MAX_XML_TOKEN_CHARS,
  ) {}

  write(chunk: string): void {
    const buf = this.pending === '' ? chunk : this.pending + chunk;
    // An incomplete tag, comment or CDATA section is scanned again from its start on the next write;
    // a huge one (a 40 MB attribute inflates from a 40 kB zip) would make that quadratic, so a long
    // one waits until the buffer has doubled: linear overall. Text is handed on as it arrives.
    if (buf.length < this.retryAt) {
      this.pending = buf;
    } else {
      this.pending = buf.slice(this.scan(buf));
      this.retryAt = this.pending.length >= RETRY_MIN_CHARS ? this.pending.length * 2 : 0;
    }
    if (this.pending.length > this.maxTokenChars) {
      this.pending = '';
      throw new Error(`XML tag, comment or CDATA section longer than ${this.maxTokenChars} characters`);
    }
  }

  end(): void {
    // A long incomplete token may be waiting for the buffer to double: scan what is there.
    if (this.pending !== '') this.pending = this.pending.slice(this.scan(this.pending));
    const rest = this.pending;
    this.pending = '';
    if (rest.includes('<')) throw new Error('XML ends inside a tag');
    if (this.depth !== 0) throw new Error('XML ends inside an element');
    if (rest.trim() !== '') this.handlers.text?.(decodeEntities(rest));
  }

  /** Consumes complete tokens; returns the index where an incomplete one starts. */
  private scan(buf: string): number {
    const h = this.handlers;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        // Text continues in the next chunk. A short one is kept whole (one text event whatever the
        // chunking); a long one is passed on as it comes, keeping back a possibly split entity
        // reference ("&am" + "p;"), so it never accumulates here.
        if (n - i < RETRY_MIN_CHARS) return i;
        const keep = splitEntityStart(buf, i);
        if (keep > i && h.text !== undefined) h.text(decodeEntities(buf.slice(i, keep)));
        return keep;
      }
      if (lt > i && h.text !== undefined) h.text(decodeEntities(buf.slice(i, lt)));
      if (lt + 1 >= n) return lt;
      const c = buf.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = buf.indexOf('>', lt);
        if (gt < 0) return lt;
        this.depth--;
        h.close?.(localName(buf.slice(lt + 2, gt).trim()));
        i = gt + 1;
      } else if (c === 63 /* ? */) {
        const end = buf.indexOf('?>', lt);
        if (end < 0) return lt;
        i = end + 2;
      } else if (c === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) return lt;
          i = end + 3;
        } else if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) return lt;
          h.text?.(buf.slice(lt + 9, end));
          i = end + 3;
        } else {
          if (n - lt < 9) return lt;
          let end = findTagEnd(buf, lt + 2);
          if (end < 0) return lt;
          // A DOCTYPE's internal subset ([<!ENTITY …>]) holds ">" of its own: it ends at "]>".
          const bracket = buf.indexOf('[', lt + 2);
          if (bracket >= 0 && bracket < end) {
            SUBSET_END.lastIndex = bracket + 1;
            const close = SUBSET_END.exec(buf);
            if (close === null) return lt;
            end = close.index + close[0].length - 1;
          }
          i = end + 1;
        }
      } else {
        const gt = findTagEnd(buf, lt + 1);
        if (gt < 0) return lt;
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        const inner = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
        let nameEnd = 0;
        while (nameEnd < inner.length) {
          const ch = inner.charCodeAt(nameEnd);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
          nameEnd++;
        }
        const name = localName(inner.slice(0, nameEnd));
        h.open(name, nameEnd < inner.length ? inner.slice(nameEnd) : '', selfClosing);
        if (selfClosing) h.close?.(name);
        else this.depth++;
        i = gt + 1;
      }
    }
    return n;
  }
}

/**
 * Longest tag, comment, CDATA section or cell text the XLSX reader holds, in characters. Excel caps a
 * cell at 32,767 characters; beyond 16 Mi characters a part is corrupt or hostile, and holding it
 * would make memory grow with the part instead of with the row.
 */
export const MAX_XML_TOKEN_CHARS = 16 * 1024 * 1024;
const RETRY_MIN_CHARS = 64 * 1024;
/** Longest entity reference decodeEntities expands: `&#x10FFFF;` (10 characters). */
const MAX_ENTITY_CHARS = 10;

/** Where text ending `buf` may have to be kept back: at an `&` near the end that has no `;` yet. */
function splitEntityStart(buf: string, from: number): number {
  const amp = buf.lastIndexOf('&');
  if (amp < from || buf.length - amp >= MAX_ENTITY_CHARS || buf.indexOf(';', amp) >= 0) return buf.length;
  return amp;
}

/** Index of the `>` closing a tag that starts before `from`, skipping quoted attribute values. */
function findTagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let j = from; j < buf.length; j++) {
    const ch = buf.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 62 /* > */) return j;
    else if (ch === 34 || ch === 39) quote = ch;
  }
  return -1;
}

/**
 * The value of attribute `name` in a tag's raw attribute text (entities decoded), or undefined. Attributes
 * are read in order, name = quoted value, so a value that itself holds ` r='…'` is never taken for one.
 */
export function getAttribute(raw: string, name: string): string | undefined {
  const n = raw.length;
  let i = 0;
  for (;;) {
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    if (i >= n) return undefined;
    const nameStart = i;
    while (i < n && raw.charCodeAt(i) > 32 && raw.charCodeAt(i) !== 61 /* = */) i++;
    const nameEnd = i;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    if (raw.charCodeAt(i) !== 61) return undefined; // not name="value": nothing more can be read
    i++;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    if (nameEnd - nameStart === name.length && raw.startsWith(name, nameStart)) {
      const value = raw.slice(i + 1, end);
      return value.includes('&') ? decodeEntities(value) : value;
    }
    i = end + 1;
  }
}

/** The end of a DOCTYPE's internal subset. */
const SUBSET_END = /\]\s*>/g;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
