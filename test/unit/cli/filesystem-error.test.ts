import { describe, expect, it } from 'vitest';
import { FILESYSTEM_CODES, filesystemError } from '../../../src/cli/filesystem-error.js';
import { translate } from '../../../src/i18n/translate.js';

function errno(code: string, path?: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: something, open '${path ?? ''}'`);
  e.code = code;
  if (path !== undefined) e.path = path;
  return e;
}

describe('filesystemError', () => {
  it('names the path and code of a failed file-system call; EPERM reads as EACCES', () => {
    expect(filesystemError(errno('ENOSPC', 'laporan/workers.csv'))).toEqual({ path: 'laporan/workers.csv', code: 'ENOSPC' });
    expect(filesystemError(errno('EPERM', '/data/opd.xlsx'))).toEqual({ path: '/data/opd.xlsx', code: 'EACCES' });
  });

  it('leaves everything else to the internal-error path: other codes, no path, not an errno error', () => {
    expect(filesystemError(errno('ENOENT', 'x.csv'))).toBeNull();
    expect(filesystemError(errno('EACCES'))).toBeNull();
    expect(filesystemError(new TypeError('x is undefined'))).toBeNull();
    expect(filesystemError('EACCES')).toBeNull();
  });

  it('every code it recognizes has a reason in both languages', () => {
    for (const code of FILESYSTEM_CODES) {
      const shown = filesystemError(errno(code, 'p'))?.code ?? '';
      for (const lang of ['en', 'id'] as const) {
        const reason = translate(lang, { code: `error.filesystem.${shown}` });
        expect(reason).not.toContain('error.filesystem');
        expect(reason.length).toBeGreaterThan(5);
      }
    }
  });
});
