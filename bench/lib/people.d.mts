// Types for bench/lib/people.mjs (plain JS, not compiled) so that TypeScript tests can import it.
export declare function mulberry32(seed: number): () => number;
export declare class Rng {
  constructor(seed: number);
  next(): number;
  int(min: number, max: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(pairs: readonly (readonly [number, T])[]): T;
  shuffle<T>(arr: T[]): T[];
}
export interface Ymd {
  y: number;
  m: number;
  d: number;
}
export type Rates = Record<keyof typeof DEFAULT_RATES, number>;
export declare const DEFAULT_RATES: Readonly<{
  title: number; titleCase: number; oldSpelling: number; muhammadShare: number; muhammadVariant: number;
  droppedMiddle: number; tokenSwap: number; binBinti: number; nameTypo: number; nikNoise: number;
  nikTypo: number; nikTransposition: number; excelDamage: number; excelSci: number; nikMissing: number;
  nipInNik: number; nikDobDiffers: number; dobSwap: number; dobDigit: number; dobMissing: number;
  duplicate: number; rosterKpj: number; unregistered: number; nonActive: number; wageUnderreported: number;
  sameName: number; sameNameDob: number; twins: number; wrongRowNik: number;
}>;
export interface Person {
  id: number;
  sex: 'M' | 'F';
  dob: Ymd;
  nikDob: Ymd;
  nikDobDiffers: boolean;
  name: string;
  nik: string;
  regionIdx: number;
  serial: number;
  birthPlace: string;
  agency: string;
  position: string;
  wage: number;
  kpj: string | null;
}
export declare function makePerson(rng: Rng, serials: Map<number, number>, like?: Record<string, unknown>): Person;
export declare function toOldSpelling(name: string, rng: Rng): string;
export declare function excelZero16(nik: string): string;
export declare function excelScientific(nik: string): string;
export declare function maskNik(nik: string): string;
export declare function csvField(v: unknown): string;
export declare function csvLine(fields: readonly unknown[], sep?: string): string;
export declare function daysIn(y: number, m: number): number;
export declare const ROSTER_HEADER: readonly string[];
export declare const BPJS_HEADER: readonly string[];
export declare const REGION_CODES: readonly string[];
export interface TruthRow {
  roster_row: number;
  bpjs_row: number | null;
  dup_of: number | null;
  person: number;
  expected: 'registered' | 'inactive' | 'unregistered' | 'duplicate';
  tags: string[];
}
export interface WorldChunk {
  roster: { row: number; fields: (string | number | null)[] }[];
  bpjs: { row: number; fields: (string | number | null)[] }[];
  truth: TruthRow[];
  bpjsOnly: { bpjs_row: number; tags: string[] }[];
}
export declare function generateWorld(opts: {
  rows: number;
  bpjsRows?: number;
  seed: number;
  rates?: Partial<Rates>;
  chunkSize?: number;
}): Generator<WorldChunk>;
export declare const GENERATOR_VERSION: number;
