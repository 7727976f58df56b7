import type { Provenance } from '../io/provenance.js';
import type { IsoDate } from './iso-date.js';
import type { NormalizedName } from './normalized-name.js';
import type { ParsedNik, Sex } from './parsed-nik.js';
import type { RowProblem } from './row-problem.js';

export type BpjsStatus = 'active' | 'inactive';

/**
 * Fields common to a roster worker and a BPJS participant after normalization. Where the row is
 * (file, sheet, row) are the record's own fields, so a record is its own Provenance: a separate
 * object per record was 48 bytes and one more object to collect, for a million rows on each side.
 * Code that keeps a provenance beyond the record's life copies it (`provenanceOf`).
 */
export interface PersonRecord extends Provenance {
  readonly nik: ParsedNik;
  readonly name: NormalizedName;
  /** From the birth-date column (or the date part of "Tempat/Tgl Lahir"); null if absent/unparseable. */
  readonly birthDate: IsoDate | null;
  readonly birthPlace: string | null;
  /** From the sex column; null if absent. */
  readonly sex: Sex | null;
  readonly agency: string | null;
  readonly position: string | null;
  /** Monthly wage in integer rupiah; null if absent or unparseable. */
  readonly wage: number | null;
  /** BPJS participant number (KPJ), digits only. */
  readonly kpj: string | null;
  readonly problems: readonly RowProblem[];
}

/** A row of an agency (OPD) roster. `agency` is the agency column, else the sheet name, else the file name. */
export interface Worker extends PersonRecord {
  readonly side: 'roster';
  readonly agency: string;
  /** 0-based position in the combined roster input, the tie-breaker for stable output. */
  readonly seq: number;
}

/** A row of a BPJS Ketenagakerjaan participant export. */
export interface BpjsParticipant extends PersonRecord {
  readonly side: 'bpjs';
  /** null when the export has no status column (treated as active, and said so). */
  readonly status: BpjsStatus | null;
  readonly statusRaw: string | null;
  readonly membershipDate: IsoDate | null;
  readonly seq: number;
}
