import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { IsoDate } from '../normalize/iso-date.js';

/**
 * The run's date: the default budget period, the NIK's two-digit birth year and the workbook's date
 * follow from it. `SOURCE_DATE_EPOCH` (the reproducible-builds convention: whole seconds since 1970,
 * read as UTC) pins it, so that a past month's batch can be run again byte for byte and tests do not
 * change across midnight. Otherwise the local date of `now`.
 */
export function runDate(env: NodeJS.ProcessEnv, now: Date): IsoDate {
  const pinned = env['SOURCE_DATE_EPOCH'];
  if (pinned === undefined || pinned === '') return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (!/^\d{1,12}$/.test(pinned)) throw new UsageError(msg('cli.bad_source_date_epoch', { value: pinned }));
  const d = new Date(Number(pinned) * 1000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function isoOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
