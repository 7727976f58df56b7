import type { Message } from '../i18n/message.js';
import { loadSheets, type LoadOptions, type RecordOf } from '../io/load-sheets.js';
import type { Side } from '../table/table-layout.js';

/**
 * What reading one side produces, as plain data: sheet headers (with their notes) and batches of
 * records. Plain data so that it can also come from a worker thread (side-reader-worker.ts).
 */
export type SideEvent<R> =
  | { readonly kind: 'sheet'; readonly file: string; readonly sheet: string; readonly noTable: boolean; /** Why the sheet was not read (the option or config key), else null. */ readonly leftOut: Message | null; readonly roles: readonly string[]; readonly notes: readonly Message[] }
  | { readonly kind: 'batch'; readonly records: readonly R[] }
  /** After a sheet's last batch: what only its end could tell (hidden worker rows). Only when there is some. */
  | { readonly kind: 'sheet_end'; readonly file: string; readonly sheet: string; readonly notes: readonly Message[] };

export async function* localSideEvents<S extends Side>(inputs: readonly string[], options: LoadOptions<S>): AsyncGenerator<SideEvent<RecordOf<S>>> {
  for await (const sheet of loadSheets(inputs, options)) {
    yield {
      kind: 'sheet',
      file: sheet.file,
      sheet: sheet.sheet,
      noTable: sheet.noTable !== null,
      leftOut: sheet.leftOutBy !== null ? sheet.noTable : null,
      roles: Object.keys(sheet.layout?.columns ?? {}),
      notes: sheet.notes,
    };
    for await (const batch of sheet.records) yield { kind: 'batch', records: batch };
    if (sheet.endNotes.length > 0) yield { kind: 'sheet_end', file: sheet.file, sheet: sheet.sheet, notes: sheet.endNotes };
  }
}
