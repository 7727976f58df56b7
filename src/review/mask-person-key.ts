import { maskNik } from '../normalize/mask-nik.js';

/**
 * A personKey() for messages on the terminal: the NIK inside "nik:…" is masked (DOMAIN.md §6:
 * never log full NIKs to stderr); a "name:NAME|DATE" key is shown as it is, like the name itself.
 */
export function maskPersonKey(key: string): string {
  return key.startsWith('nik:') ? `nik:${maskNik(key.slice(4))}` : key;
}
