import { SaxesParser } from 'saxes';
import { StringDecoder } from 'node:string_decoder';

/** Callbacks of a SAX pass; tag names arrive without namespace prefix ("x:row" → "row"). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Creates a non-validating, namespace-unaware SAX parser (fast path: no position tracking) that
 * forwards to the handlers. XLSX parts are UTF-8 (ECMA-376 Part 2 allows UTF-16 but writers use UTF-8).
 */
export function createXmlPass(handlers: XmlHandlers): { write(chunk: Buffer): void; end(): void } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = new StringDecoder('utf8');
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  const text = handlers.text;
  if (text !== undefined) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const close = handlers.close;
  if (close !== undefined) parser.on('closetag', (tag) => close(localName(tag.name)));
  return {
    write: (chunk) => void parser.write(decoder.write(chunk)),
    end: () => {
      parser.write(decoder.end());
      parser.close();
    },
  };
}

export async function parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  const pass = createXmlPass(handlers);
  for await (const chunk of chunks) pass.write(chunk);
  pass.end();
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name (`r:id` and `id` both match "id" when `prefixed`). */
export function attr(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const [k, v] of Object.entries(attributes)) if (k.endsWith(`:${name}`)) return v;
  return undefined;
}
