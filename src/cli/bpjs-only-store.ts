import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import type { BpjsParticipant } from '../normalize/person-record.js';
import { compactBpjsOnly, type BpjsOnlyRecord } from '../report/model/bpjs-only-record.js';
import { registerScratchFile, releaseScratchFile } from '../io/atomic-file.js';

/**
 * The BPJS participants that found no candidate on any roster, kept out of the matcher so that its
 * memory is bounded by the roster side. Up to `limit` compact records stay in memory; past that they
 * are spilled, in export order, to a scratch file readable by the owner only (personal data) and
 * deleted when the run ends or is interrupted.
 */
export class BpjsOnlyStore {
  private memory: BpjsOnlyRecord[] = [];
  private path: string | null = null;
  private fd: number | null = null;
  private spilledCount = 0;
  private inactiveCount = 0;
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();

  constructor(private readonly limit = 200_000) {}

  get count(): number {
    return this.spilledCount + this.memory.length;
  }

  /** Of `count`, those whose membership is not active (not paid for), spilled or not. */
  get inactive(): number {
    return this.inactiveCount;
  }

  /** True when some records live on disk (then only `records()` sees them all). */
  get spilled(): boolean {
    return this.spilledCount > 0;
  }

  add(participants: readonly BpjsParticipant[]): void {
    for (const p of participants) {
      this.memory.push(compactBpjsOnly(p));
      if (p.status === 'inactive') this.inactiveCount++;
    }
    if (this.memory.length > this.limit) this.spill();
  }

  private spill(): void {
    if (this.fd === null) {
      this.path = join(tmpdir(), `rekon-bpjs-only-${process.pid}-${randomBytes(6).toString('hex')}.jsonl`);
      registerScratchFile(this.path);
      this.fd = openSync(this.path, 'w', 0o600);
    }
    const lines: string[] = [];
    for (const r of this.memory) {
      let f = this.fileIndex.get(r.file);
      if (f === undefined) {
        f = this.files.length;
        this.files.push(r.file);
        this.fileIndex.set(r.file, f);
      }
      lines.push(JSON.stringify([f, r.sheet, r.row, r.nik.nik, r.nik.digits, r.nik.raw, r.name.original, r.birthDate, r.kpj, r.status, r.wage, r.membershipDate, r.agency, r.seq, r.statusRaw]));
    }
    writeSync(this.fd, `${lines.join('\n')}\n`);
    this.spilledCount += this.memory.length;
    this.memory = [];
  }

  /** The records in memory merged with `extra` (sorted by seq); only valid when nothing was spilled. */
  inMemory(extra: readonly BpjsOnlyRecord[]): BpjsOnlyRecord[] {
    return mergeBySeq(this.memory, extra);
  }

  /** Every record, spilled and in memory, merged with `extra` (sorted by seq), in export order. */
  async *records(extra: readonly BpjsOnlyRecord[]): AsyncGenerator<BpjsOnlyRecord> {
    const rest = mergeBySeq(this.memory, extra);
    let i = 0;
    if (this.path !== null) {
      const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line === '') continue;
        const r = this.decode(line);
        while (i < rest.length && (rest[i]?.seq ?? Infinity) < r.seq) yield rest[i++] as BpjsOnlyRecord;
        yield r;
      }
    }
    while (i < rest.length) yield rest[i++] as BpjsOnlyRecord;
  }

  private decode(line: string): BpjsOnlyRecord {
    const a = JSON.parse(line) as [number, string, number, string | null, string, string, string, string | null, string | null, BpjsOnlyRecord['status'], number | null, string | null, string | null, number, string | null];
    return {
      file: this.files[a[0]] ?? '',
      sheet: a[1],
      row: a[2],
      nik: { nik: a[3], digits: a[4], raw: a[5] },
      name: { original: a[6] },
      birthDate: a[7],
      kpj: a[8],
      status: a[9],
      statusRaw: a[14],
      wage: a[10],
      membershipDate: a[11],
      agency: a[12],
      seq: a[13],
    };
  }

  /** Deletes the scratch file. */
  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.path !== null) {
      rmSync(this.path, { force: true });
      releaseScratchFile(this.path);
    }
    this.path = null;
  }
}

function mergeBySeq(a: readonly BpjsOnlyRecord[], b: readonly BpjsOnlyRecord[]): BpjsOnlyRecord[] {
  if (b.length === 0) return [...a];
  const out: BpjsOnlyRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.seq < y.seq)) {
      out.push(x as BpjsOnlyRecord);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
