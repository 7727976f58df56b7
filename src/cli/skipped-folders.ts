import { msg, type Message } from '../i18n/message.js';

/** One note per subfolder of an input folder that holds spreadsheets and was not read (see expandInputs). */
export function skippedFolderNotes(folders: readonly string[]): Message[] {
  return folders.map((dir) => msg('run.subfolder_not_read', { dir }));
}
