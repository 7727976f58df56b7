import type { ReviewDecision, ReviewRow } from '../../../src/review/review-row.js';

// Synthetic people only: regions 327301 / 367101 with made-up serials.
export const NIK = {
  adi: '3273010501900001',
  budi: '3273011203880002',
  citra: '3671014506950003',
  dewi: '3671015708920004',
  eko: '3273010909910005',
} as const;

/** A review row for roster person `roster` × BPJS participant `bpjs` (short names of NIK above, or name keys). */
export function pair(roster: string, bpjs: string, extra: { decision?: ReviewDecision | null; rank?: number | null; score?: number | null; note?: string } = {}): ReviewRow {
  const key = (who: string): string => (who in NIK ? `nik:${NIK[who as keyof typeof NIK]}` : who);
  return {
    decision: extra.decision ?? null,
    rosterKey: key(roster),
    bpjsKey: key(bpjs),
    rank: extra.rank === undefined ? 1 : extra.rank,
    score: extra.score === undefined ? 0.8 : extra.score,
    roster: { file: 'roster.xlsx', sheet: 'Sheet1', row: 5, name: roster.toUpperCase(), nik: roster in NIK ? NIK[roster as keyof typeof NIK] : '', birthDate: '1990-01-05', agency: 'DINAS PENDIDIKAN' },
    bpjs: { file: 'bpjs.csv', sheet: '', row: 9, name: bpjs.toUpperCase(), nik: bpjs in NIK ? NIK[bpjs as keyof typeof NIK] : '', birthDate: '1990-01-05', kpj: '12345678901', status: 'AKTIF' },
    reasons: 'name similar',
    note: extra.note ?? '',
  };
}

/** "adi>budi:accept" — compact enough to compare whole decision lists in a table. */
export function short(rows: readonly { rosterKey: string | null; bpjsKey: string | null; decision: ReviewDecision | null }[]): string[] {
  const name = (key: string | null): string => {
    const hit = Object.entries(NIK).find(([, nik]) => key === `nik:${nik}`);
    return hit?.[0] ?? key ?? '-';
  };
  return rows.map((r) => `${name(r.rosterKey)}>${name(r.bpjsKey)}:${r.decision ?? '-'}`);
}
