import { describe, expect, it } from 'vitest';
import { parsePlaceAndDate } from '../../../src/normalize/place-date.js';

describe('parsePlaceAndDate', () => {
  const cases: { text: string; place: string | null; date: string | null }[] = [
    { text: 'Klaten, 12-03-1990', place: 'Klaten', date: '1990-03-12' },
    { text: 'KLATEN 12 Maret 1990', place: 'KLATEN', date: '1990-03-12' },
    { text: 'Bandung / 01-01-1985', place: 'Bandung', date: '1985-01-01' },
    { text: 'Bandung/01/01/1985', place: 'Bandung', date: '1985-01-01' },
    { text: 'Jakarta,12/03/1990', place: 'Jakarta', date: '1990-03-12' },
    { text: 'Kab. Semarang, 1 Januari 1990', place: 'Kab. Semarang', date: '1990-01-01' },
    { text: 'Tanjung  Pinang ,  5 Okt 1975', place: 'Tanjung Pinang', date: '1975-10-05' },
    { text: 'Solo - 1 Mei 1990', place: 'Solo', date: '1990-05-01' },
    { text: 'Klaten, Maret 12, 1990', place: 'Klaten', date: '1990-03-12' },
    { text: '12-03-1990', place: null, date: '1990-03-12' },
    { text: 'Jakarta', place: 'Jakarta', date: null },
    { text: 'Jakarta, -', place: 'Jakarta', date: null },
    { text: '', place: null, date: null },
  ];
  it.each(cases)('$text', ({ text, place, date }) => {
    const r = parsePlaceAndDate(text);
    expect(r.place).toBe(place);
    expect(r.date).toEqual(date === null ? { kind: 'empty' } : { kind: 'ok', date });
  });

  it('keeps the place when the date is bad, and says why', () => {
    const r = parsePlaceAndDate('Klaten, 31-02-1990');
    expect(r.place).toBe('Klaten');
    expect(r.date).toMatchObject({ kind: 'invalid', reason: { code: 'date.no_such_date' } });
  });

  it('passes the two-digit-year pivot on', () => {
    expect(parsePlaceAndDate('Klaten, 12-03-27', { twoDigitYearPivot: 26 }).date).toEqual({ kind: 'ok', date: '1927-03-12' });
  });
});
