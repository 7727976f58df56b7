/**
 * A birth date as a report shows it beside a NIK: left out where that NIK is masked (`--mask-nik`, or a
 * terminal), since a NIK's digits 7-12 are the birth date and the mask would hide almost nothing beside it
 * (DOMAIN.md §6; `rekon nik` hides it too). Kept when there is no NIK: the date is how the person is known.
 */
export function birthDateBeside(mask: (value: string) => string, nikText: string, birthDate: string | null): string | null {
  if (birthDate === null || nikText === '') return birthDate;
  return mask(nikText) === nikText ? birthDate : null;
}
