// Writing generated worlds to disk with back-pressure (shared by generate.mjs and stream-bpjs.mjs).
import { once } from 'node:events';
import { csvLine } from './people.mjs';

export async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function close(stream) {
  stream.end();
  await once(stream, 'finish');
}

/** One chunk of generated records ({fields}) as CSV lines, in a single write. */
export async function writeRecords(stream, records) {
  let text = '';
  for (const rec of records) text += csvLine(rec.fields);
  await write(stream, text);
}
