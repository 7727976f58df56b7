import type { Provenance } from '../../io/provenance.js';
import type { BpjsOnlyLink, BpjsOnlyLinkKind } from '../../match/match-decision.js';
import type { BpjsParticipant, BpjsStatus } from '../../normalize/person-record.js';

/**
 * What the reports need of a BPJS participant that is on no roster. Compact on purpose: a BPJS
 * export can be far larger than the rosters, and these records are kept (or spilled to disk) until
 * the reports are written. A BpjsParticipant satisfies this shape as it is.
 */
export interface BpjsOnlyRecord extends Provenance {
  readonly nik: { readonly nik: string | null; readonly digits: string; readonly raw: string };
  readonly name: { readonly original: string };
  readonly birthDate: string | null;
  readonly kpj: string | null;
  readonly status: BpjsStatus | null;
  /** The export's own status word (MENINGGAL, KELUAR, PHK…), so the branch office can tell a death from a lapse. */
  readonly statusRaw: string | null;
  readonly wage: number | null;
  readonly membershipDate: string | null;
  readonly agency: string | null;
  /** Position in the BPJS input (export order), for merging and stable output. */
  readonly seq: number;
  /** The roster row this record is tied to although matched to none (match-decision.ts, BpjsOnlyLink). */
  readonly link?: BpjsOnlyRecordLink;
}

export interface BpjsOnlyRecordLink extends Provenance {
  readonly kind: BpjsOnlyLinkKind;
}

/** Copies only what the reports need, so the full record (name keys, NIK details…) can be collected. */
export function compactBpjsOnly(p: BpjsParticipant, link: BpjsOnlyLink | null = null): BpjsOnlyRecord {
  return {
    file: p.file,
    sheet: p.sheet,
    row: p.row,
    nik: { nik: p.nik.nik, digits: p.nik.digits, raw: p.nik.raw },
    name: { original: p.name.original },
    birthDate: p.birthDate,
    kpj: p.kpj,
    status: p.status,
    statusRaw: p.statusRaw,
    wage: p.wage,
    membershipDate: p.membershipDate,
    agency: p.agency,
    seq: p.seq,
    ...(link === null ? {} : { link: { kind: link.kind, file: link.roster.file, sheet: link.roster.sheet, row: link.roster.row } }),
  };
}
