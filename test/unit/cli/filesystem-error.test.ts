import { describe, expect, it } from 'vitest';
import { FILESYSTEM_CODES, filesystemError } from '../../../src/cli/filesystem-error.js';
import { UsageError } from '../../../src/errors.js';
import { translate } from '../../../src/i18n/translate.js';

function errno(code: string, path?: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: something, open '${path ?? ''}'`);
  e.code = code;
  if (path !== undefined) e.path = path;
  return e;
}

describe('filesystemError', () => {
  it('names the path and code of a failed file-system call, as a usage error (exit 2); EPERM reads as EACCES', () => {
    const full = filesystemError(errno('ENOSPC', 'laporan/workers.csv'));
    expect(full).toBeInstanceOf(UsageError);
    expect(full?.exitCode).toBe(2);
    expect(full?.detail).toEqual({ code: 'error.filesystem.ENOSPC', params: { path: 'laporan/workers.csv' } });
    expect(filesystemError(errno('EPERM', '/data/opd.xlsx'))?.detail).toEqual({ code: 'error.filesystem.EACCES', params: { path: '/data/opd.xlsx' } });
  });

  it('keeps the original error as the cause (for --debug)', () => {
    const original = errno('EIO', 'x.csv');
    expect(filesystemError(original)?.cause).toBe(original);
  });

  it('leaves everything else to the internal-error path: other codes, no path, not an errno error', () => {
    expect(filesystemError(errno('ENOENT', 'x.csv'))).toBeNull();
    expect(filesystemError(errno('EACCES'))).toBeNull();
    expect(filesystemError(new TypeError('x is undefined'))).toBeNull();
    expect(filesystemError('EACCES')).toBeNull();
  });

  it('every code it recognizes has a message naming the path, in both languages', () => {
    for (const code of FILESYSTEM_CODES) {
      const detail = filesystemError(errno(code, 'laporan/workers.csv'))?.detail;
      expect(detail).toBeDefined();
      for (const lang of ['en', 'id'] as const) {
        const text = translate(lang, detail!);
        expect(text).not.toContain('error.filesystem');
        expect(text.startsWith('laporan/workers.csv: ')).toBe(true);
        expect(text.length).toBeGreaterThan('laporan/workers.csv: '.length + 5);
      }
    }
  });

  // Was confusing (exploratory test round 2): a report.xlsx that was a folder was reported as
  // "lap/.report.xlsx.rekon-tmp-11915: is a folder", the name of rekon's own temporary copy.
  it('names the output, not rekon\'s temporary copy of it: the rename target, else the copy\'s own name', () => {
    const renamed = Object.assign(errno('EISDIR', 'lap/.report.xlsx.rekon-tmp-11915'), { dest: 'lap/report.xlsx' });
    expect(filesystemError(renamed)?.detail.params).toEqual({ path: 'lap/report.xlsx' });
    expect(filesystemError(errno('ENOSPC', 'lap/.workers.csv.rekon-tmp-7'))?.detail.params).toEqual({ path: 'lap/workers.csv' });
    expect(filesystemError(errno('ENOSPC', '.workers.csv.rekon-tmp-7'))?.detail.params).toEqual({ path: 'workers.csv' });
    // A file of the user's that only looks alike keeps its name.
    expect(filesystemError(errno('EACCES', 'lap/.hidden.csv'))?.detail.params).toEqual({ path: 'lap/.hidden.csv' });
  });
});
