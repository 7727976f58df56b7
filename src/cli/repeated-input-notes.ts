import { msg, type Message } from '../i18n/message.js';
import type { RepeatedInput } from '../io/repeated-inputs.js';

/** One warning per input read once although given twice or copied (see dropRepeatedInputs), naming both. */
export function repeatedInputNotes(repeated: readonly RepeatedInput[]): Message[] {
  return repeated.map((r) => msg(r.why === 'same_file' ? 'run.input_repeated' : 'run.input_copy', { file: r.name, first: r.sameAs }));
}
