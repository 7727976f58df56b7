// Direct tests of the saxes wrapper (src/io/xml-stream.ts) that reads workbook.xml, relationships and
// styles. It decodes UTF-8 across chunk boundaries, strips namespace prefixes and forwards CDATA as
// text; a slip there renames sheets or loses parts with no error. The property feeds the same document
// split at random byte positions (inside tags, entities and multi-byte characters) and expects the
// same events every time; malformed XML must fail with saxes' message, never pass quietly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attr, createXmlPass, parseXml } from '../../../src/io/xml-stream.js';
import type { XmlHandlers } from '../../../src/io/xml-stream.js';

type Event = readonly ['open', string, Readonly<Record<string, string>>, boolean] | readonly ['text', string] | readonly ['close', string];

function recorder(): { events: Event[]; handlers: XmlHandlers } {
  const events: Event[] = [];
  return {
    events,
    handlers: {
      open: (name, attributes, selfClosing) => events.push(['open', name, { ...attributes }, selfClosing]),
      text: (text) => events.push(['text', text]),
      close: (name) => events.push(['close', name]),
    },
  };
}

async function* chunksOf(bytes: Buffer, cuts: readonly number[] = []): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > from && cut < bytes.length) {
      yield bytes.subarray(from, cut);
      from = cut;
    }
  }
  yield bytes.subarray(from);
}

async function events(xml: string | Buffer, cuts: readonly number[] = []): Promise<Event[]> {
  const r = recorder();
  await parseXml(chunksOf(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, cuts), r.handlers);
  return r.events;
}

async function failure(xml: string): Promise<string> {
  try {
    await events(xml);
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(xml)} to be refused`);
}

describe('createXmlPass / parseXml: events', () => {
  it('reports open (local name, attributes as written, self-closing), text and close; declaration, comments and PIs give no events', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><x:workbook xmlns:x="urn:main" xmlns:r="urn:rel">' +
      '<!-- komentar --><?mso-application progid="Excel.Sheet"?><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets>teks</x:workbook>';
    expect(await events(xml)).toEqual([
      ['open', 'workbook', { 'xmlns:x': 'urn:main', 'xmlns:r': 'urn:rel' }, false],
      ['open', 'sheets', {}, false],
      ['open', 'sheet', { name: 'Data', sheetId: '1', 'r:id': 'rId1' }, true],
      ['close', 'sheet'],
      ['close', 'sheets'],
      ['text', 'teks'],
      ['close', 'workbook'],
    ]);
  });

  it('keeps everything after the first colon of a tag name as its local name', async () => {
    expect(await events('<a:b:c><d/></a:b:c>')).toEqual([['open', 'b:c', {}, false], ['open', 'd', {}, true], ['close', 'd'], ['close', 'b:c']]);
  });

  it('decodes the five named entities and decimal/hex character references, in text and in attributes', async () => {
    const refs = '&amp; &lt; &gt; &quot; &apos; &#x41;&#66;&#x1F600;&#128512;&#xe9;';
    const decoded = '& < > " \' AB😀😀é';
    expect(await events(`<c name="${refs}">${refs}</c>`)).toEqual([['open', 'c', { name: decoded }, false], ['text', decoded], ['close', 'c']]);
  });

  it('normalises whitespace typed in attribute values, keeps it when written as references, and turns CRLF into LF in text', async () => {
    expect(await events('<c a="x\ny\tz" b="x&#10;y&#9;z">1\r\n2\r3</c>')).toEqual([['open', 'c', { a: 'x y z', b: 'x\ny\tz' }, false], ['text', '1\n2\n3'], ['close', 'c']]);
  });

  it('passes CDATA to the text handler verbatim (no entity decoding), as its own text event', async () => {
    expect(await events('<t>a &amp; <![CDATA[<b>&amp; "]]]]>z<![CDATA[]]></t>')).toEqual([
      ['open', 't', {}, false],
      ['text', 'a & '],
      ['text', '<b>&amp; "]]'],
      ['text', 'z'],
      ['text', ''],
      ['close', 't'],
    ]);
  });

  it('skips a UTF-8 byte-order mark and decodes multi-byte characters fed one byte at a time', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<sheet name="Dinas – Ñ 数据 😀">É</sheet>', 'utf8')]);
    const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
    const expected: Event[] = [['open', 'sheet', { name: 'Dinas – Ñ 数据 😀' }, false], ['text', 'É'], ['close', 'sheet']];
    expect(await events(bytes)).toEqual(expected);
    expect(await events(bytes, everyByte)).toEqual(expected);
  });

  it('works without text and close handlers', async () => {
    const opened: string[] = [];
    await parseXml(chunksOf(Buffer.from('<a>teks<![CDATA[x]]><b/></a>')), { open: (name) => opened.push(name) });
    expect(opened).toEqual(['a', 'b']);
  });

  it('createXmlPass reports each event as soon as its bytes are written, and end() finishes the document', () => {
    const r = recorder();
    const pass = createXmlPass(r.handlers);
    pass.write(Buffer.from('<row r="1"><c'));
    expect(r.events).toEqual([['open', 'row', { r: '1' }, false]]);
    pass.write(Buffer.from('/></r'));
    expect(r.events).toEqual([['open', 'row', { r: '1' }, false], ['open', 'c', {}, true], ['close', 'c']]);
    pass.write(Buffer.from('ow>'));
    pass.end();
    expect(r.events.at(-1)).toEqual(['close', 'row']);
  });

  it('an exception thrown by a handler stops the pass and reaches the caller', async () => {
    const seen: string[] = [];
    const boom = new Error('stop at c');
    const p = parseXml(chunksOf(Buffer.from('<row><v/><c/><d/></row>')), {
      open(name) {
        seen.push(name);
        if (name === 'c') throw boom;
      },
    });
    await expect(p).rejects.toBe(boom);
    expect(seen).toEqual(['row', 'v', 'c']);
  });
});

describe('createXmlPass / parseXml: malformed XML', () => {
  it.each([
    { description: 'an empty part', xml: '', message: 'document must contain a root element.' },
    { description: 'only whitespace', xml: '  \n', message: 'document must contain a root element.' },
    { description: 'a truncated part', xml: '<workbook><sheets><sheet name="A"/>', message: 'unclosed tag: sheets' },
    { description: 'a mismatched close tag', xml: '<sheets><sheet></sheets>', message: 'unexpected close tag.' },
    { description: 'a custom entity (never expanded)', xml: '<a>&foo;</a>', message: 'undefined entity.' },
    { description: 'a DOCTYPE-declared entity (no billion laughs)', xml: '<!DOCTYPE a [<!ENTITY lol "lol">]><a>&lol;</a>', message: 'undefined entity.' },
    { description: 'two root elements', xml: '<a/><b/>', message: 'documents may contain only one root.' },
    { description: 'text outside the root', xml: 'NAMA,NIK', message: 'text data outside of root node.' },
    { description: 'a duplicated attribute', xml: '<sheet name="A" name="B"/>', message: 'duplicate attribute: name.' },
    { description: 'an unquoted attribute', xml: '<sheet name=A/>', message: 'unquoted attribute value.' },
    { description: 'a reference to character 0', xml: '<t>&#0;</t>', message: 'malformed character entity.' },
    { description: 'a reference to a lone surrogate', xml: '<t>&#xD800;</t>', message: 'malformed character entity.' },
    { description: 'a raw control character', xml: '<t>\u0001</t>', message: 'disallowed character.' },
    { description: '"]]>" in text', xml: '<t>]]></t>', message: 'the string "]]>" is disallowed in char data.' },
  ])('$description → "$message"', async ({ xml, message }) => {
    expect(await failure(xml)).toBe(message);
  });

  it('write() throws on the chunk where the error is seen; end() throws for a document left open', () => {
    const broken = createXmlPass({ open: () => undefined });
    broken.write(Buffer.from('<a><b>'));
    expect(() => broken.write(Buffer.from('</a>'))).toThrow(new Error('unexpected close tag.'));
    const open = createXmlPass({ open: () => undefined });
    open.write(Buffer.from('<a><b/>'));
    expect(() => open.end()).toThrow(new Error('unclosed tag: a'));
  });
});

describe('attr', () => {
  it('finds an attribute by exact name first, then by local name after a prefix', () => {
    expect(attr({ 'r:id': 'rId1', sheetId: '1' }, 'id')).toBe('rId1');
    expect(attr({ 'relationships:id': 'rId2' }, 'id')).toBe('rId2');
    expect(attr({ id: 'plain', 'r:id': 'prefixed' }, 'id')).toBe('plain');
    expect(attr({ 'r:id': 'prefixed', id: 'plain' }, 'id')).toBe('plain');
    expect(attr({ sheetId: '1', uid: '2' }, 'id')).toBeUndefined();
    expect(attr({ 'r:id': '' }, 'id')).toBe('');
    expect(attr({}, 'id')).toBeUndefined();
  });
});

// A random document model and the events saxes must report for it, however it is chunked.
interface Element {
  readonly kind: 'element';
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly Node[];
  readonly selfClose: boolean;
  readonly numericRefs: boolean;
}
type Node = Element | { readonly kind: 'text'; readonly value: string } | { readonly kind: 'cdata'; readonly value: string } | { readonly kind: 'comment' };

const PIECES = ['SITI', 'BUDI SANTOSO', ' ', 'é', 'Ñ', '数据', '😀', '&', '<', '>', '"', "'", ']]', ';', '#', '3671014501900001', 'x', '\n', '\t'];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), { maxLength: 5 }).map((p) => p.join(''));
const NAMES = ['row', 'c', 'v', 'x:t', 'is', 'sheetData', 'r:Relationship', 'sheet'];
const ATTRIBUTE_NAMES = ['r', 's', 't', 'r:id', 'x14ac:dyDescent', 'name', 'state'];

function elementArb(depth: number): fc.Arbitrary<Element> {
  const leaf: fc.Arbitrary<Node>[] = [
    textArb.map((value) => ({ kind: 'text' as const, value })),
    textArb.filter((v) => !v.includes(']]>')).map((value) => ({ kind: 'cdata' as const, value })),
    fc.constant({ kind: 'comment' as const }),
  ];
  const child: fc.Arbitrary<Node> = depth === 0 ? fc.oneof(...leaf) : fc.oneof(...leaf, elementArb(depth - 1));
  return fc.record({
    kind: fc.constant('element' as const),
    name: fc.constantFrom(...NAMES),
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), textArb), { selector: ([k]) => k, maxLength: 3 }),
    children: fc.array(child, { maxLength: 4 }),
    selfClose: fc.boolean(),
    numericRefs: fc.boolean(),
  });
}

function escapeText(s: string, numeric: boolean): string {
  return s.replace(/[&<>]/g, (c) => (numeric ? `&#${c.codePointAt(0)};` : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(s: string, numeric: boolean): string {
  return escapeText(s, numeric).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#x9;');
}

function serialize(e: Element): string {
  const attributes = e.attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v, e.numericRefs)}"`).join('');
  if (e.children.length === 0 && e.selfClose) return `<${e.name}${attributes}/>`;
  const inner = e.children
    .map((c) => (c.kind === 'element' ? serialize(c) : c.kind === 'text' ? escapeText(c.value, e.numericRefs) : c.kind === 'cdata' ? `<![CDATA[${c.value}]]>` : '<!-- catatan -->'))
    .join('');
  return `<${e.name}${attributes}>${inner}</${e.name}>`;
}

function expectedEvents(e: Element, out: Event[] = []): Event[] {
  const local = (n: string): string => n.slice(n.indexOf(':') + 1);
  out.push(['open', local(e.name), Object.fromEntries(e.attributes), e.children.length === 0 && e.selfClose]);
  let text: string | null = null;
  const flush = (): void => {
    if (text !== null && text !== '') out.push(['text', text]);
    text = null;
  };
  for (const c of e.children) {
    if (c.kind === 'text') {
      text = (text ?? '') + c.value;
      continue;
    }
    flush();
    if (c.kind === 'cdata') out.push(['text', c.value]);
    else if (c.kind === 'element') expectedEvents(c, out);
  }
  flush();
  out.push(['close', local(e.name)]);
  return out;
}

describe('createXmlPass / parseXml: chunk boundaries anywhere (property)', () => {
  const documentArb = fc.record({ root: elementArb(3), declaration: fc.boolean(), bom: fc.boolean() });
  const bytesOf = (d: { root: Element; declaration: boolean; bom: boolean }): Buffer =>
    Buffer.from(`${d.bom ? '\uFEFF' : ''}${d.declaration ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' : ''}${serialize(d.root)}`, 'utf8');

  it('the same document split at random byte positions always gives the events of its model', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.array(fc.nat(), { maxLength: 16 }), async (doc, cuts) => {
        const bytes = bytesOf(doc);
        const expected = expectedEvents(doc.root);
        expect(await events(bytes, cuts.map((c) => c % (bytes.length + 1)))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('a document cut anywhere before its root element closes is refused, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), async (doc, at, cuts) => {
        const bytes = bytesOf(doc);
        const prefix = bytes.subarray(0, at % bytes.length);
        await expect(events(prefix, cuts.map((c) => c % (prefix.length + 1)))).rejects.toThrow(Error);
      }),
      { numRuns: 300 },
    );
  });
});
