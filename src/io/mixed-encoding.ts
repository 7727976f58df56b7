import iconv from 'iconv-lite';
import { isAscii, isUtf8 } from 'node:buffer';

/**
 * A UTF-8 file with a few lines typed in another program (a row appended in Notepad, saved as "ANSI"):
 * the lines that are not valid UTF-8 are read as Windows-1252, the rest as UTF-8. Read whole as
 * Windows-1252, every accented name on the good lines became mojibake ("ANDRÃ‰").
 */

const NEWLINE = 0x0a;

/** What a line-by-line look at a file that is not valid UTF-8 found. Lines end at LF and count from 1. */
export interface Utf8LineSurvey {
  /** Lines that are not valid UTF-8. */
  readonly invalidLines: number;
  /** The first of them (up to the `keep` asked for), in order. */
  readonly firstInvalid: readonly number[];
  /** Valid lines with at least one multi-byte character: the evidence that the file was written as UTF-8. */
  readonly multiByteLines: number;
}

/**
 * Takes the file as UTF-8 with a few Windows-1252 lines when its UTF-8 lines with accented letters are at
 * least a tenth as many as its invalid lines. A Windows-1252 file throughout has invalid lines wherever it
 * has accents and valid multi-byte lines only by accident (a letter from Â–ß followed by a symbol from
 * €–¿): it stays Windows-1252. Either way a line without accents reads the same.
 */
export function isMostlyUtf8(survey: Utf8LineSurvey): boolean {
  return survey.invalidLines > 0 && survey.multiByteLines > 0 && survey.multiByteLines * 10 >= survey.invalidLines;
}

/**
 * Surveys the bytes line by line, fed in blocks (ByteSource.blocks reuses its buffer: a line cut by a
 * block end is copied). A block of complete lines that is all ASCII is only counted.
 */
export function surveyUtf8Lines(blocks: Iterable<Buffer>, keep: number): Utf8LineSurvey {
  let line = 0;
  let invalidLines = 0;
  let multiByteLines = 0;
  const firstInvalid: number[] = [];
  const lines = new LineSplitter();
  const look = (bytes: Uint8Array): void => {
    line++;
    if (!isUtf8(bytes)) {
      invalidLines++;
      if (firstInvalid.length < keep) firstInvalid.push(line);
    } else if (!isAscii(bytes)) multiByteLines++;
  };
  const lookAtLines = (complete: Buffer): void => {
    if (isAscii(complete)) line += countNewlines(complete);
    else forEachLine(complete, look);
  };
  for (const block of blocks) lines.push(block, lookAtLines);
  const rest = lines.end();
  if (rest.length > 0) look(rest);
  return { invalidLines, firstInvalid, multiByteLines };
}

/** A streaming decoder for such a file: each line as UTF-8 when it is valid, else as Windows-1252. */
export function makeLineByLineDecoder(): { write(chunk: Buffer): string; end(): string } {
  const lines = new LineSplitter();
  const utf8 = new TextDecoder();
  const decodeLine = (bytes: Uint8Array): string => (isUtf8(bytes) ? utf8.decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1252'));
  const decodeLines = (complete: Buffer): string => {
    if (isUtf8(complete)) return complete.toString('utf8');
    let text = '';
    forEachLine(complete, (bytes) => {
      text += decodeLine(bytes);
    });
    return text;
  };
  return {
    write(chunk) {
      let text = '';
      lines.push(chunk, (complete) => {
        text += decodeLines(complete);
      });
      return text;
    },
    end: () => decodeLine(lines.end()),
  };
}

/**
 * Cuts a stream of bytes after its last LF: `push` hands on the complete lines (each ending in LF) and
 * keeps the unfinished one, copied, in parts (a long line is not copied again at every block).
 */
class LineSplitter {
  private pending: Buffer[] = [];

  push(block: Buffer, onComplete: (complete: Buffer) => void): void {
    const cut = block.lastIndexOf(NEWLINE) + 1;
    if (cut === 0) {
      this.pending.push(Buffer.from(block));
      return;
    }
    const head = block.subarray(0, cut);
    onComplete(this.pending.length === 0 ? head : Buffer.concat([...this.pending, head]));
    this.pending = cut < block.length ? [Buffer.from(block.subarray(cut))] : [];
  }

  end(): Buffer {
    const rest = Buffer.concat(this.pending);
    this.pending = [];
    return rest;
  }
}

/**
 * Calls `each` for every line of `complete` (lines ending in LF, the LF included). Plain Uint8Array views:
 * Buffer#subarray costs several times more, and a Windows-1252 file is looked at line by line throughout.
 */
function forEachLine(complete: Buffer, each: (line: Uint8Array) => void): void {
  let from = 0;
  while (from < complete.length) {
    const nl = complete.indexOf(NEWLINE, from);
    const to = nl < 0 ? complete.length : nl + 1;
    each(new Uint8Array(complete.buffer, complete.byteOffset + from, to - from));
    from = to;
  }
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) n++;
  return n;
}
