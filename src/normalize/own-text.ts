/** V8 copies substrings shorter than this; longer ones are slices that keep their parent alive. */
const SLICE_MIN_LENGTH = 13;
const OWN_SCRATCH = new Uint16Array(512);

/**
 * A copy of a cell text that shares no storage with the text it was cut from. Readers hand out
 * cells as substrings of a decoded chunk of the file (tens of KB); a record that keeps such a
 * substring (name, NIK) would keep the whole chunk alive — for the BPJS participants the matcher
 * keeps, one chunk each. Same characters, so behaviour is unchanged.
 */
export function ownText(s: string): string {
  if (s.length < SLICE_MIN_LENGTH) return s;
  if (s.length > OWN_SCRATCH.length) return (' ' + s).slice(1);
  for (let i = 0; i < s.length; i++) OWN_SCRATCH[i] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, OWN_SCRATCH.subarray(0, s.length) as unknown as number[]);
}
