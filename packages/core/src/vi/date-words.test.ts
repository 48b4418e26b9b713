import { describe, expect, it } from 'vitest';
import { decreeDay, decreeMonth, monthInWords, monthReference, placeAndDate } from './date-words.ts';

describe('months and dates under Decree 30/2020', () => {
  it('pads months 1 and 2 in titles, and no other month', () => {
    expect(monthInWords(2024, 2)).toBe('tháng 02 năm 2024');
    expect(monthInWords(2024, 1)).toBe('tháng 01 năm 2024');
    expect(monthInWords(2024, 3)).toBe('tháng 3 năm 2024');
    expect(monthInWords(2023, 11)).toBe('tháng 11 năm 2023');
    expect([1, 2, 3, 9, 10, 12].map(decreeMonth)).toEqual(['01', '02', '3', '9', '10', '12']);
  });

  it('pads days below ten in the place-and-date line', () => {
    expect(placeAndDate('Kon Tum', '2024-03-05')).toBe('Kon Tum, ngày 05 tháng 3 năm 2024');
    expect(placeAndDate('Kon Tum', '2023-12-20')).toBe('Kon Tum, ngày 20 tháng 12 năm 2023');
    expect(placeAndDate('Kon Tum', '2024-02-09')).toBe('Kon Tum, ngày 09 tháng 02 năm 2024');
    expect(decreeDay(10)).toBe('10');
  });

  it('leaves blanks for the signer when the date is not set', () => {
    expect(placeAndDate('Kon Tum', null, 2023)).toBe('Kon Tum, ngày      tháng      năm 2023');
  });

  it('always pads the month of a month reference in running text', () => {
    expect(monthReference(2022, 11)).toBe('tháng 11/2022');
    expect(monthReference(2023, 2)).toBe('tháng 02/2023');
    expect(monthReference(2023, 9)).toBe('tháng 09/2023');
  });
});
