/**
 * Node's errno errors on a path that say something about the machine (permissions, a full disk, a
 * file where a folder was expected), not about rekon: reported in one line naming the path, exit 2,
 * not as an internal error to report to the developers.
 */
export const FILESYSTEM_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EIO']);

/** A failed file-system call on a path (Node's errno errors): its path and code; EPERM reads as EACCES. */
export function filesystemError(err: unknown): { path: string; code: string } | null {
  if (!(err instanceof Error)) return null;
  const e = err as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || !FILESYSTEM_CODES.has(e.code) || typeof e.path !== 'string') return null;
  return { path: e.path, code: e.code === 'EPERM' ? 'EACCES' : e.code };
}
