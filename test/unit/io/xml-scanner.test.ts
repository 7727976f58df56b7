// Direct tests of the worksheet XML tokenizer (src/io/xml-scanner.ts): events for what real sheet and
// shared-string parts hold, attribute lookup, entity decoding, chunking, limits and truncation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, getAttribute, MAX_XML_TOKEN_CHARS, XmlScanner } from '../../../src/io/xml-scanner.js';

/** Events as strings: `<name raw/>` for open (with `/` when self-closing), `"text"`, `</name>`. */
function scanEvents(chunks: readonly string[], maxTokenChars?: number): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner(
    {
      open: (name, raw, self) => out.push(`<${name}|${raw}${self ? '/' : ''}>`),
      text: (t) => out.push(`"${t}"`),
      close: (name) => out.push(`</${name}>`),
    },
    maxTokenChars,
  );
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out;
}

const scan = (xml: string): string[] => scanEvents([xml]);

describe('XmlScanner: tokens of a real worksheet part', () => {
  it('reports a sheet as opens, texts and closes in document order, skipping the declaration (not the line break after it)', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r-ns">' +
      '<dimension ref="A1:B2"/><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1" s="3"><v>9471015708900001</v></c></row></sheetData></worksheet>';
    expect(scan(xml)).toEqual([
      '"\r\n"',
      '<worksheet| xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r-ns">',
      '<dimension| ref="A1:B2"/>',
      '</dimension>',
      '<sheetData|>',
      '<row| r="1" spans="1:2">',
      '<c| r="A1" t="s">',
      '<v|>',
      '"0"',
      '</v>',
      '</c>',
      '<c| r="B1" s="3">',
      '<v|>',
      '"9471015708900001"',
      '</v>',
      '</c>',
      '</row>',
      '</sheetData>',
      '</worksheet>',
    ]);
  });

  it('drops namespace prefixes from open and close tags', () => {
    expect(scan('<x:worksheet xmlns:x="ns"><x:sheetData/></x:worksheet>')).toEqual([
      '<worksheet| xmlns:x="ns">',
      '<sheetData|/>',
      '</sheetData>',
      '</worksheet>',
    ]);
  });

  it('reports a self-closing tag as open(selfClosing) + close, with or without a space before "/>"', () => {
    expect(scan('<row><c r="B2" s="1" /><c/></row>')).toEqual(['<row|>', '<c| r="B2" s="1" />', '</c>', '<c|/>', '</c>', '</row>']);
  });

  it('ends a tag name at a tab, line feed or carriage return', () => {
    expect(scan('<a><c\tr="A1"/><c\nr="B1"/><c\r\nr="C1"/></a>').filter((e) => e.startsWith('<c'))).toEqual([
      '<c|\tr="A1"/>',
      '<c|\nr="B1"/>',
      '<c|\r\nr="C1"/>',
    ]);
  });

  it('trims spaces in a closing tag', () => {
    expect(scan('<row ></row  >')).toEqual(['<row| >', '</row>']);
  });

  it('does not end a tag at ">" or "/>" inside a quoted attribute value', () => {
    expect(scan(`<a x="1>2" y='/>'>t</a>`)).toEqual([`<a| x="1>2" y='/>'>`, '"t"', '</a>']);
  });

  it('is not fooled into self-closing by a value ending in "/"', () => {
    expect(scan('<a x="/">t</a>')).toEqual(['<a| x="/">', '"t"', '</a>']);
  });

  it('reports whitespace between tags as text (it is text between tags)', () => {
    expect(scan('<a>\n  <b/>\n</a>')).toEqual(['<a|>', '"\n  "', '<b|/>', '</b>', '"\n"', '</a>']);
  });

  it('decodes entities in text but hands CDATA on verbatim', () => {
    expect(scan('<t>A &amp; B&lt;&gt;&quot;&apos;&#65;&#x42;</t>')).toEqual(['<t|>', `"A & B<>"'AB"`, '</t>']);
    expect(scan('<t><![CDATA[a &amp; <b> ]] ]>]]></t>')).toEqual(['<t|>', '"a &amp; <b> ]] ]>"', '</t>']);
  });

  it('skips comments (even holding tags), processing instructions and a plain DOCTYPE', () => {
    const xml = '<!DOCTYPE worksheet><?mso-application progid="Excel.Sheet"?><a><!-- <row r="9"> -> --><?pi x>y?>z</a>';
    expect(scan(xml)).toEqual(['<a|>', '"z"', '</a>']);
  });

  // A DOCTYPE with an internal subset ended at the first ">" inside it (and "]>" leaked as text).
  it('skips a DOCTYPE with an internal subset entirely', () => {
    expect(scan('<!DOCTYPE x [<!ENTITY lol "lol">]><x>&lol;</x>')).toEqual(['<x|>', '"&lol;"', '</x>']);
  });

  it('never expands a custom entity', () => {
    expect(scan('<x>&lol;&amp;</x>')).toEqual(['<x|>', '"&lol;&"', '</x>']);
  });

  it('hands on text after the root element at end(), but not trailing whitespace', () => {
    expect(scan('<a/>tail &amp; more')).toEqual(['<a|/>', '</a>', '"tail & more"']);
    expect(scan('<a/>\r\n')).toEqual(['<a|/>', '</a>']);
  });

  it('works without text or close handlers', () => {
    const opened: string[] = [];
    const s = new XmlScanner({ open: (name) => opened.push(name) });
    s.write('<a>text<b/><![CDATA[x]]></a>tail');
    s.end();
    expect(opened).toEqual(['a', 'b']);
  });
});

describe('XmlScanner: chunked input', () => {
  it('waits for a tag split anywhere, including inside "<!" and "<![CDATA["', () => {
    const xml = '<a x="1"><![CDATA[c]]><!--k--><!DOCTYPE y><b/>&amp;</a>';
    const whole = scan(xml);
    expect(whole).toEqual(['<a| x="1">', '"c"', '<b|/>', '</b>', '"&"', '</a>']);
    for (let cut = 1; cut < xml.length; cut++) {
      for (let cut2 = cut; cut2 < xml.length; cut2 += 3) {
        expect(scanEvents([xml.slice(0, cut), xml.slice(cut, cut2), xml.slice(cut2)])).toEqual(whole);
      }
    }
  });

  it('feeds one character at a time', () => {
    const xml = '<row r="7"><c r="A7" t="inlineStr"><is><t>SITI &amp; ANI</t></is></c></row>';
    expect(scanEvents([...xml])).toEqual(scan(xml));
  });

  it('scans at end() a long incomplete tag that was waiting for the buffer to double', () => {
    const opened: string[] = [];
    const s = new XmlScanner({ open: (name, raw) => opened.push(`${name}:${raw.length}`) });
    const attr = ` x="${'A'.repeat(70_000)}"`;
    s.write(`<a${attr}`);
    s.write('/>'); // buffer is far below twice its size: not scanned yet
    s.end();
    expect(opened).toEqual([`a:${attr.length}`]);
  });

  it('hands a text longer than 64 Ki characters on in pieces that join to the decoded whole', () => {
    const texts: string[] = [];
    const s = new XmlScanner({ open: () => undefined, text: (t) => texts.push(t) });
    s.write('<t>' + 'x'.repeat(70_000) + '&a'); // ends inside "&amp;": must be kept back
    s.write('mp;' + 'y'.repeat(70_000));
    s.write('</t>');
    s.end();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe('x'.repeat(70_000) + '&' + 'y'.repeat(70_000));
  });
});

describe('XmlScanner: truncated or mangled parts', () => {
  it.each([
    { description: 'an unclosed start tag', xml: '<a><b', error: 'XML ends inside a tag' },
    { description: 'an unclosed comment', xml: '<a><!-- note', error: 'XML ends inside a tag' },
    { description: 'an unclosed CDATA section', xml: '<a><![CDATA[x', error: 'XML ends inside a tag' },
    { description: 'a lone "<"', xml: '<a/><', error: 'XML ends inside a tag' },
    { description: 'an unclosed element', xml: '<a><b></b>', error: 'XML ends inside an element' },
    { description: 'a close without an open', xml: '</a>', error: 'XML ends inside an element' },
  ])('throws at end() on $description', ({ xml, error }) => {
    expect(() => scan(xml)).toThrow(error);
  });

  it('is fine with an empty part', () => {
    expect(scan('')).toEqual([]);
  });

  it('refuses a pending token longer than maxTokenChars, and not one of exactly that length', () => {
    const s = new XmlScanner({ open: () => undefined }, 10);
    expect(() => s.write('<a x="1234')).not.toThrow(); // 10 characters pending
    const t = new XmlScanner({ open: () => undefined }, 10);
    expect(() => t.write('<a x="12345')).toThrow('XML tag, comment or CDATA section longer than 10 characters');
  });

  it('completes a token of exactly maxTokenChars once its ">" arrives', () => {
    expect(scanEvents(['<a x="1234', '"/>'], 10)).toEqual(['<a| x="1234"/>', '</a>']);
  });

  it('defaults the limit to 16 Mi characters', () => {
    expect(MAX_XML_TOKEN_CHARS).toBe(16 * 1024 * 1024);
  });
});

describe('getAttribute', () => {
  const raw = ' r="A1" s="2" t="s"';
  it.each([
    ['r', 'A1'],
    ['s', '2'],
    ['t', 's'],
    ['cm', undefined],
  ] as const)('reads %s from a cell tag', (name, expected) => {
    expect(getAttribute(raw, name)).toBe(expected);
  });

  it.each([
    { description: 'at the very start of the raw text', raw: 'r="A1"', name: 'r', expected: 'A1' },
    { description: 'after a longer name ending in it', raw: ' xr:uid="{X}" r="B2"', name: 'r', expected: 'B2' },
    { description: 'after a longer name starting with it', raw: ' spans="1:3" s="4"', name: 's', expected: '4' },
    { description: 'after the name inside another value', raw: ' t="s r" r="C3"', name: 'r', expected: 'C3' },
    { description: 'with a prefixed name', raw: ' r="A1" xr:uid="{1}"', name: 'xr:uid', expected: '{1}' },
    { description: 'with spaces and line breaks around "="', raw: "\n\tr \n= \t'D4'", name: 'r', expected: 'D4' },
    { description: 'an empty value', raw: ' t=""', name: 't', expected: '' },
    { description: 'entities decoded', raw: ' t="a&amp;b&#65;&lt;"', name: 't', expected: 'a&bA<' },
    { description: 'a value quoting the other quote', raw: ` t="it's" s='"q"'`, name: 's', expected: '"q"' },
    { description: 'an unquoted value', raw: ' r=A1', name: 'r', expected: undefined },
    { description: 'an unterminated value', raw: ' r="A1', name: 'r', expected: undefined },
    { description: 'a name with no "="', raw: ' r t="s"', name: 'r', expected: undefined },
    { description: 'an empty raw text', raw: '', name: 'r', expected: undefined },
  ])('$description', ({ raw: r, name, expected }) => {
    expect(getAttribute(r, name)).toBe(expected);
  });

  // Not reachable from sheets Excel writes, but the doc promises "the value of attribute name":
  // a value that itself contained ` r='…'` was taken for the attribute.
  it('does not read an attribute out of another attribute value', () => {
    expect(getAttribute(` ref="x r='Z'" r="A1"`, 'r')).toBe('A1');
    expect(getAttribute(` ref="a r=b" r="A1"`, 'r')).toBe('A1');
    expect(getAttribute(` ref="x r='Z'"`, 'r')).toBeUndefined();
  });
});

describe('decodeEntities', () => {
  it.each([
    ['no ampersand at all', 'BUDI SANTOSO', 'BUDI SANTOSO'],
    ['the five predefined entities', '&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['decimal and hex references', '&#65;&#x42;&#X43;&#x1F600;&#233;', 'ABC😀é'],
    ['one pass only (no double decoding)', '&amp;lt; &amp;#65;', '&lt; &#65;'],
    ['unknown and custom entities kept', '&nbsp;&lol;&AMP;', '&nbsp;&lol;&AMP;'],
    ['a reference without ";" kept', 'A &amp B & C', 'A &amp B & C'],
    ['a code point beyond U+10FFFF kept', '&#x110000;&#99999999999;', '&#x110000;&#99999999999;'],
    ['empty references kept', '&#;&#x;&;', '&#;&#x;&;'],
  ])('%s', (_d, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('undoes XML escaping of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('named', 'decimal', 'hex'), (s, style) => {
        const escaped = [...s]
          .map((ch) => {
            if (style === 'named') return ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' } as Record<string, string>)[ch] ?? ch;
            const cp = ch.codePointAt(0) ?? 0;
            return style === 'decimal' ? `&#${cp};` : `&#x${cp.toString(16)};`;
          })
          .join('');
        expect(decodeEntities(escaped)).toBe(s);
      }),
    );
  });
});

describe('XmlScanner agrees with a model document, whatever the chunking (property)', () => {
  type Node =
    | { kind: 'el'; prefix: string; name: string; attrs: readonly (readonly [string, string])[]; children: readonly Node[]; selfClose: boolean }
    | { kind: 'text'; value: string; numeric: boolean }
    | { kind: 'cdata'; value: string }
    | { kind: 'comment'; value: string };

  const ATTR_NAMES = ['r', 's', 't', 'spans', 'xr:uid'] as const;
  const chars = fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '>', '"', "'", ';', '#', ':', '/', ']', '-', 'é', '😀', '\n', '\t');
  const text = fc.string({ unit: chars, maxLength: 12 });
  const attrValue = fc.string({ unit: fc.oneof(chars, fc.constant('=')), maxLength: 12 });
  const name = fc.constantFrom('row', 'c', 'v', 't', 'is', 'sheetData');

  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('text' as const), value: text.filter((v) => v !== ''), numeric: fc.boolean() }),
      fc.record({ kind: fc.constant('cdata' as const), value: text.filter((v) => !v.includes(']]>')) }),
      fc.record({ kind: fc.constant('comment' as const), value: text.filter((v) => !v.includes('--') && !v.endsWith('-')) }),
      fc.record({
        kind: fc.constant('el' as const),
        prefix: fc.constantFrom('', 'x:'),
        name,
        attrs: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue), { selector: ([k]) => k, maxLength: 3 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
        selfClose: fc.boolean(),
      }),
    ),
  }));
  const root = fc.record({
    kind: fc.constant('el' as const),
    prefix: fc.constant(''),
    name: fc.constant('worksheet'),
    attrs: fc.constant([] as const),
    children: fc.array(node, { maxLength: 5 }),
    selfClose: fc.constant(false),
  });

  const escText = (s: string, numeric: boolean): string =>
    numeric ? [...s].map((ch) => `&#x${(ch.codePointAt(0) ?? 0).toString(16)};`).join('') : s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escAttr = (s: string): string => escText(s, false).replace(/"/g, '&quot;').replace(/'/g, '&apos;');

  function serialize(n: Node): string {
    switch (n.kind) {
      case 'text':
        return escText(n.value, n.numeric);
      case 'cdata':
        return `<![CDATA[${n.value}]]>`;
      case 'comment':
        return `<!--${n.value}-->`;
      case 'el': {
        const open = `<${n.prefix}${n.name}${n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}`;
        if (n.children.length === 0 && n.selfClose) return `${open}/>`;
        return `${open}>${n.children.map(serialize).join('')}</${n.prefix}${n.name}>`;
      }
    }
  }

  const attrsOf = (lookup: (k: string) => string | undefined): string => ATTR_NAMES.map((k) => `${k}=${lookup(k) ?? '∅'}`).join(',');

  function expected(n: Node, out: string[]): void {
    switch (n.kind) {
      case 'text':
      case 'cdata':
        out.push(`"${n.value}"`);
        return;
      case 'comment':
        return;
      case 'el': {
        const self = n.children.length === 0 && n.selfClose;
        out.push(`<${n.name} ${attrsOf((k) => n.attrs.find(([a]) => a === k)?.[1])}${self ? '/' : ''}>`);
        for (const c of n.children) expected(c, out);
        out.push(`</${n.name}>`);
      }
    }
  }

  /** Adjacent text events joined, empty ones dropped: only the joined text is promised. */
  function mergeTexts(events: readonly string[]): string[] {
    const out: string[] = [];
    for (const e of events) {
      const last = out[out.length - 1];
      if (e.startsWith('"') && last?.startsWith('"') === true) out[out.length - 1] = last.slice(0, -1) + e.slice(1);
      else out.push(e);
    }
    return out.filter((e) => e !== '""');
  }

  function actual(chunks: readonly string[]): string[] {
    const out: string[] = [];
    const s = new XmlScanner({
      open: (n, raw, self) => out.push(`<${n} ${attrsOf((k) => getAttribute(raw, k))}${self ? '/' : ''}>`),
      text: (t) => out.push(`"${t}"`),
      close: (n) => out.push(`</${n}>`),
    });
    for (const c of chunks) s.write(c);
    s.end();
    return out;
  }

  it('events and attribute values match the model', () => {
    fc.assert(
      fc.property(root, fc.array(fc.nat(), { maxLength: 6 }), (doc, cutSeeds) => {
        const xml = serialize(doc);
        const want: string[] = [];
        expected(doc, want);
        const cuts = [...new Set(cutSeeds.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...cuts].map((from, i) => xml.slice(from, cuts[i] ?? xml.length));
        expect(mergeTexts(actual([xml]))).toEqual(mergeTexts(want));
        expect(mergeTexts(actual(chunks))).toEqual(mergeTexts(want));
      }),
      { numRuns: 300 },
    );
  });
});
