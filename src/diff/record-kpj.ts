/**
 * A KPJ as it can tell BPJS records apart across two runs: '' when there is none or a run masked it
 * (--mask-nik), since two masked KPJs that look alike may be two records.
 */
export function knownKpj(kpj: string | undefined): string {
  const k = (kpj ?? '').trim();
  return k === '' || k.includes('*') ? '' : k;
}

/**
 * The KPJ of the BPJS record a roster row was matched to: only a matched row (registered, inactive) is tied to
 * its record; a row in review only names a candidate.
 */
export function matchedKpj(status: string, kpj: string | undefined): string {
  return status === 'registered' || status === 'inactive' ? knownKpj(kpj) : '';
}
