import { UsageError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * Node's errno errors on a path that say something about the machine (permissions, a full disk, a
 * file where a folder was expected), not about rekon: reported like any usage error, one line naming
 * the path, exit 2, not as an internal error to report to the developers.
 */
export const FILESYSTEM_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EIO', 'EPIPE', 'ELOOP']);

/** A failed file-system call on a path as a UsageError (`error.filesystem.CODE`, EPERM read as EACCES); else null. */
export function filesystemError(err: unknown): UsageError | null {
  if (!(err instanceof Error)) return null;
  const e = err as NodeJS.ErrnoException & { dest?: unknown };
  if (typeof e.code !== 'string' || !FILESYSTEM_CODES.has(e.code) || typeof e.path !== 'string') return null;
  const code = e.code === 'EPERM' ? 'EACCES' : e.code;
  // A rename onto the output names it as `dest`; the path of rekon's own temporary copy means nothing to
  // the user (AtomicFile writes `.report.xlsx.rekon-tmp-PID` beside report.xlsx): the output is named.
  const path = typeof e.dest === 'string' ? e.dest : e.path.replace(TEMP_COPY, '$1$2');
  return new UsageError(msg(`error.filesystem.${code}`, { path }), { cause: err });
}

/** AtomicFile's temporary copy of an output: `.NAME.rekon-tmp-PID` in the output's folder. */
const TEMP_COPY = /(^|[/\\])\.([^/\\]+)\.rekon-tmp-\d+$/;
