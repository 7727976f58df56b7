// Why this file exists: a mutation audit of src/review/review-keys.ts, decision-file.ts and
// decisions-of.ts found changes the existing tests let through: the Indonesian whole words, the TTY
// keypress path (raw mode, Ctrl-C/Ctrl-D, end of input), key shapes and display numbers in a decisions
// file, a workbook's later sheets, and which conflicting accept is warned about. All NIKs are synthetic.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { translate } from '../../../src/i18n/translate.js';
import { readDecisionFile } from '../../../src/review/decision-file.js';
import { decisionsOf } from '../../../src/review/decisions-of.js';
import { openReviewInput, reviewCommandOf, type ReviewCommand } from '../../../src/review/review-keys.js';
import { REVIEW_COLUMNS } from '../../../src/review/review-row.js';
import { NIK, pair, short } from './review-rows.js';
import { tempFiles } from './temp-files.js';

describe('reviewCommandOf: every word the prompt offers, in both languages', () => {
  // The Indonesian prompt reads "terima, tolak, lewati, batal(kan), keluar"; a reviewer typing the
  // word instead of the letter must get the same action (review-keys.ts: "plus the whole words").
  it.each<[string, ReviewCommand]>([
    ['terima', 'accept'],
    ['TOLAK', 'reject'],
    ['lewati', 'skip'],
    ['batal', 'undo'],
    ['keluar', 'quit'],
    ['Accept', 'accept'],
    ['reject', 'reject'],
    ['skip', 'skip'],
    ['undo', 'undo'],
    ['quit', 'quit'],
    ['  Lewati\t', 'skip'],
  ])('%j → %s', (input, expected) => {
    expect(reviewCommandOf(input)).toBe(expected);
  });

  it('a word that only starts like a command is not one', () => {
    expect(reviewCommandOf('ab')).toBe('unknown');
    expect(reviewCommandOf('toString')).toBe('unknown');
  });
});

/** A stand-in for a terminal's stdin: a stream that says it is a TTY and records raw-mode switches. */
function fakeTty(): { stream: PassThrough & { isTTY: boolean; setRawMode: (m: boolean) => void }; raw: boolean[] } {
  const raw: boolean[] = [];
  const stream = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode(m: boolean): void {
      raw.push(m);
    },
  });
  return { stream, raw };
}

/** The promise's value, or 'still waiting' after `ms`: a missing event fails fast instead of timing out. */
function within<T>(promise: Promise<T>, ms = 500): Promise<T | 'still waiting'> {
  return Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);
}

describe('openReviewInput on a terminal (single keypresses)', () => {
  it('switches raw mode on while open and off again on close, and says it is interactive', () => {
    const { stream, raw } = fakeTty();
    const input = openReviewInput(stream);
    expect(input.interactive).toBe(true);
    expect(raw).toEqual([true]);
    input.close();
    // A terminal left in raw mode would not echo or handle Ctrl-C after rekon exits.
    expect(raw).toEqual([true, false]);
  });

  it('keys typed before they are asked for come out in the order typed', async () => {
    const { stream } = fakeTty();
    const input = openReviewInput(stream);
    stream.write('a');
    stream.write('r');
    stream.write('s');
    await new Promise((r) => setImmediate(r));
    const got = [await within(input.next()), await within(input.next()), await within(input.next())];
    input.close();
    expect(got).toEqual(['accept', 'reject', 'skip']);
  });

  it.each([
    ['Ctrl-C', '\u0003'],
    ['Ctrl-D', '\u0004'],
  ])('%s means quit (and save), not an unknown key', async (_name, key) => {
    const { stream } = fakeTty();
    const input = openReviewInput(stream);
    const next = input.next();
    stream.write(key);
    expect(await within(next)).toBe('quit');
    input.close();
  });

  it('the end of input resolves a waiting next() with null', async () => {
    const { stream } = fakeTty();
    const input = openReviewInput(stream);
    const next = input.next();
    stream.end();
    expect(await within(next)).toBeNull();
    input.close();
  });

  it('after close, keys no longer reach the session', async () => {
    const { stream } = fakeTty();
    const input = openReviewInput(stream);
    input.close();
    stream.resume();
    stream.write('a');
    await new Promise((r) => setImmediate(r));
    // Nothing was queued: a later next() is still waiting.
    expect(await within(input.next(), 30)).toBe('still waiting');
  });

  it('a stream that claims to be a TTY but cannot switch to raw mode is read line by line', async () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    const input = openReviewInput(stream);
    expect(input.interactive).toBe(false);
    stream.end('tolak\n');
    expect(await within(input.next())).toBe('reject');
    input.close();
  });
});

const { file, pathOf } = tempFiles('rekon-review-audit-');

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err.detail.code;
    throw err;
  }
  return 'no error';
}

describe('readDecisionFile: keys must be personKeys, exactly', () => {
  it.each([
    ['a NIK key of 15 digits (Excel dropped one)', `nik:${NIK.adi.slice(0, 15)}`],
    ['a NIK key of 17 digits', `nik:${NIK.adi}7`],
    ['a NIK key with something after it', `nik:${NIK.adi} x`],
    ['a name key with no name', 'name:|1990-01-05'],
    ['a name key whose date a spreadsheet turned into dd-mm-yyyy', 'name:ADI PERMANA|05-01-1990'],
    ['a name key without a date', 'name:ADI PERMANA|'],
  ])('%s is review.bad_key', async (_what, key) => {
    const path = await file('bad-key.csv', `decision,roster_key,bpjs_key\naccept,${key},nik:${NIK.budi}\n`);
    expect(await errorCode(readDecisionFile(path))).toBe('review.bad_key');
  });

  // Was misleading (exploratory test): a review.csv written with --mask-nik was refused with "copy the column
  // unchanged from review.csv", which the user had done.
  it('a NIK key masked by --mask-nik is review.masked_key, in either column', async () => {
    const masked = `nik:${NIK.adi.slice(0, 4)}********${NIK.adi.slice(12)}`;
    for (const line of [`accept,${masked},nik:${NIK.budi}`, `,nik:${NIK.adi},${masked}`]) {
      const path = await file('masked-key.csv', `decision,roster_key,bpjs_key\n${line}\n`);
      expect(await errorCode(readDecisionFile(path)), line).toBe('review.masked_key');
    }
  });

  it('spaces a spreadsheet user left around a key or a header do no harm', async () => {
    const path = await file('spaces.csv', ` decision , roster_key ,bpjs_key\n ya , nik:${NIK.adi} ,"  name:BUDI SANTOSO|1988-03-12 "\n`);
    expect(short(await readDecisionFile(path))).toEqual(['adi>name:BUDI SANTOSO|1988-03-12:accept']);
  });

  it('every required column is required: a file without roster_key is refused', async () => {
    const path = await file('no-roster-key.csv', `decision,bpjs_key,note\n,nik:${NIK.budi},x\n`);
    expect(await errorCode(readDecisionFile(path))).toBe('review.missing_columns');
  });

  it('a rejection without both keys is refused like an acceptance (it cannot say who)', async () => {
    const path = await file('reject-no-key.csv', `decision,roster_key,bpjs_key\ntolak,,nik:${NIK.budi}\n`);
    expect(await errorCode(readDecisionFile(path))).toBe('review.missing_key');
  });

  it('rank and row numbers must be whole numbers; a fraction becomes blank', async () => {
    const path = await file('fractions.csv', `decision,roster_key,bpjs_key,rank,score,roster_row,bpjs_row\n,nik:${NIK.adi},nik:${NIK.budi},1.5,"0,5",2.5,"7,5"\n`);
    const [row] = await readDecisionFile(path);
    expect(row).toMatchObject({ rank: null, score: 0.5, roster: { row: null }, bpjs: { row: null } });
  });

  it('blank lines above the header are skipped', async () => {
    const path = await file('blank-top.csv', `,,\n\ndecision,roster_key,bpjs_key\nya,nik:${NIK.adi},nik:${NIK.budi}\n`);
    expect(short(await readDecisionFile(path))).toEqual(['adi>budi:accept']);
  });
});

describe('readDecisionFile: a workbook', () => {
  it('reads only the first sheet; other sheets are the user\'s own notes', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('review');
    first.addRow([...REVIEW_COLUMNS]);
    first.addRow(['terima', `nik:${NIK.adi}`, `nik:${NIK.budi}`]);
    // A second sheet that looks like a decisions table too: an older copy the user kept.
    const second = wb.addWorksheet('old copy');
    second.addRow(['decision', 'roster_key', 'bpjs_key']);
    second.addRow(['tolak', `nik:${NIK.citra}`, `nik:${NIK.dewi}`]);
    const path = pathOf('decisions.xlsx');
    await wb.xlsx.writeFile(path);
    expect(short(await readDecisionFile(path))).toEqual(['adi>budi:accept']);
  });
});

describe('decisionsOf: conflicts', () => {
  const accept = { decision: 'accept' } as const;

  it('three roster persons accepted for one BPJS participant: only the last is kept, two warnings', () => {
    const r = decisionsOf([pair('adi', 'eko', accept), pair('budi', 'eko', accept), pair('citra', 'eko', accept)]);
    expect(short(r.decisions.map((d) => ({ rosterKey: d.roster, bpjsKey: d.bpjs, decision: d.decision })))).toEqual(['citra>eko:accept']);
    expect(r.warnings.map((w) => w.code)).toEqual(['review.warn.bpjs_accepted_twice', 'review.warn.bpjs_accepted_twice']);
  });

  it('one warning per ignored decision, even when it conflicts on both sides', () => {
    // adi>eko is ignored once (budi took eko); adi>dewi later conflicts with it again, but it is
    // already ignored, so only the first conflict is reported.
    const r = decisionsOf([pair('adi', 'eko', accept), pair('budi', 'eko', accept), pair('adi', 'dewi', accept)]);
    expect(r.decisions.map((d) => `${d.roster}>${d.bpjs}`)).toEqual([`nik:${NIK.budi}>nik:${NIK.eko}`, `nik:${NIK.adi}>nik:${NIK.dewi}`]);
    expect(r.warnings.map((w) => w.code)).toEqual(['review.warn.bpjs_accepted_twice']);
  });

  it('the mirror case: a decision ignored for its roster person is not warned about again for its BPJS key', () => {
    const r = decisionsOf([pair('adi', 'eko', accept), pair('adi', 'dewi', accept), pair('budi', 'eko', accept)]);
    expect(r.decisions.map((d) => `${d.roster}>${d.bpjs}`)).toEqual([`nik:${NIK.adi}>nik:${NIK.dewi}`, `nik:${NIK.budi}>nik:${NIK.eko}`]);
    expect(r.warnings.map((w) => w.code)).toEqual(['review.warn.roster_accepted_twice']);
  });

  it('the roster warning names the kept (later) and the ignored (earlier) participant, masked', () => {
    const [w] = decisionsOf([pair('adi', 'budi', accept), pair('adi', 'eko', accept)]).warnings;
    expect(w?.params).toEqual({ roster: 'nik:3273********0001', kept: 'nik:3273********0005', dropped: 'nik:3273********0002' });
  });

  it('the BPJS warning names the kept (later) and the ignored (earlier) roster person, masked', () => {
    const [w] = decisionsOf([pair('adi', 'eko', accept), pair('citra', 'eko', accept)]).warnings;
    expect(w?.params).toEqual({ bpjs: 'nik:3273********0005', kept: 'nik:3671********0003', dropped: 'nik:3273********0001' });
    const text = translate('id', w as NonNullable<typeof w>);
    for (const nik of Object.values(NIK)) expect(text).not.toContain(nik);
  });

  it('a blank row below a decision leaves the decision standing (undecided rows carry nothing)', () => {
    const r = decisionsOf([pair('adi', 'budi', accept), pair('adi', 'budi')]);
    expect(r.decisions).toMatchObject([{ roster: `nik:${NIK.adi}`, bpjs: `nik:${NIK.budi}`, decision: 'accept' }]);
    expect(r.decisions).toHaveLength(1);
  });
});
