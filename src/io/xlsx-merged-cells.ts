import { parseMergedRef } from './merged-down.js';
import type { MergedRange } from './raw-sheet.js';

const MARKER = Buffer.from('mergeCells');
/** The `<mergeCells>` list of a sheet is small (a ref per range); past this it is a hostile part. */
const MAX_LIST_BYTES = 32 * 1024 * 1024;
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\sref\s*=\s*(["'])([^"']*)\1/g;

/**
 * The merged ranges of a worksheet part. `<mergeCells>` follows `<sheetData>`, so the streaming row
 * reader meets it only after every row has left: this first pass inflates the part and looks for the
 * list with a byte search (no XML parsing of the rows), so that merged values can go with the rows.
 */
export async function scanMergedRanges(chunks: AsyncIterable<Buffer>): Promise<MergedRange[]> {
  let tail: Buffer[] | null = null;
  let tailBytes = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (tail !== null) {
      if (tailBytes < MAX_LIST_BYTES) {
        tail.push(chunk);
        tailBytes += chunk.length;
      }
      continue;
    }
    // The marker may straddle two chunks: the seam is searched on its own (copying every chunk after
    // the previous one's end would double the cost of this pass).
    const seam = Buffer.concat([carry, chunk.subarray(0, MARKER.length + 1)]);
    const inSeam = findMarker(seam);
    const at = inSeam >= 0 ? -1 : findMarker(chunk);
    if (inSeam >= 0) {
      tail = [seam.subarray(inSeam), chunk.subarray(MARKER.length + 1)];
      tailBytes = seam.length - inSeam + chunk.length;
    } else if (at >= 0) {
      tail = [chunk.subarray(at)];
      tailBytes = chunk.length - at;
    } else {
      carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - MARKER.length - 1)));
    }
  }
  if (tail === null) return [];
  const text = Buffer.concat(tail).toString('utf8');
  const ranges: MergedRange[] = [];
  for (const m of text.matchAll(MERGE_CELL)) {
    const range = parseMergedRef(m[2] as string);
    if (range !== null) ranges.push(range);
  }
  return ranges;
}

/** Where `<mergeCells` (or `<x:mergeCells`) starts: the marker right after `<` or a namespace prefix's `:`. */
function findMarker(buf: Buffer): number {
  for (let at = buf.indexOf(MARKER); at >= 0; at = buf.indexOf(MARKER, at + 1)) {
    const before = at > 0 ? buf[at - 1] : undefined;
    if (before === 0x3c || before === 0x3a) return at - 1;
  }
  return -1;
}
