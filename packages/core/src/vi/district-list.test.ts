import { describe, expect, it } from 'vitest';
import {
  atDistrict,
  districtCounts,
  districtListText,
  districtsInParentheses,
  districtsInRunningText,
  type NamedUnit,
} from './district-list.ts';

const CITY: NamedUnit = { code: '608', name: 'Thành phố Kon Tum', sentenceName: 'thành phố Kon Tum', sortOrder: 1 };
const DAK_HA: NamedUnit = { code: '615', name: 'Đăk Hà', sortOrder: 2 };
const DAK_TO: NamedUnit = { code: '612', name: 'Đăk Tô', sortOrder: 3 };
const KON_RAY: NamedUnit = { code: '614', name: 'Kon Rẫy', sortOrder: 7 };
const SA_THAY: NamedUnit = { code: '616', name: 'Sa Thầy', sortOrder: 9 };
const UNITS = [CITY, DAK_HA, DAK_TO, KON_RAY, SA_THAY];

const shares = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('districtCounts', () => {
  it('puts the largest count first and breaks ties in canonical order', () => {
    const counts = districtCounts(UNITS, shares({ 616: 3, 612: 3, 608: 12, 614: 6, 615: 3 }));
    expect(counts.map((d) => d.unit.code)).toEqual(['608', '614', '615', '612', '616']);
  });

  it('leaves out districts with nothing and codes that are not districts', () => {
    expect(districtCounts(UNITS, shares({ 615: 0, 612: 2, 999: 4 })).map((d) => d.unit.code)).toEqual(['612']);
  });
});

describe('districtListText', () => {
  it('writes the city as in a sentence and pads counts below 10', () => {
    const counts = districtCounts(UNITS, shares({ 608: 12, 612: 3, 614: 6 }));
    expect(districtListText(counts)).toBe('thành phố Kon Tum 12, Kon Rẫy 06, Đăk Tô 03');
  });

  it('groups thousands with a dot', () => {
    expect(districtListText(districtCounts(UNITS, shares({ 608: 9174 })))).toBe('thành phố Kon Tum 9.174');
  });
});

describe('a single district', () => {
  it('reads tại huyện … in running text, and tại thành phố Kon Tum for the city', () => {
    expect(atDistrict(DAK_HA)).toBe('tại huyện Đăk Hà');
    expect(atDistrict(CITY)).toBe('tại thành phố Kon Tum');
    expect(districtsInRunningText(districtCounts(UNITS, shares({ 615: 1 })), 1)).toBe(' tại huyện Đăk Hà');
  });

  it('is named without its count in parentheses', () => {
    expect(districtsInParentheses(districtCounts(UNITS, shares({ 615: 2 })), 2)).toBe(' (Đăk Hà)');
    expect(districtsInParentheses(districtCounts(UNITS, shares({ 608: 2 })), 2)).toBe(' (thành phố Kon Tum)');
  });

  it('keeps its count when part of the total was reported at province level', () => {
    const counts = districtCounts(UNITS, shares({ 615: 2 }));
    expect(districtsInParentheses(counts, 3)).toBe(' (Đăk Hà 02)');
    expect(districtsInRunningText(counts, 3)).toBe(' (Đăk Hà 02)');
  });
});

describe('lists', () => {
  it('write several districts with their counts, and nothing without shares', () => {
    const counts = districtCounts(UNITS, shares({ 615: 4, 616: 2 }));
    expect(districtsInParentheses(counts, 6)).toBe(' (Đăk Hà 04, Sa Thầy 02)');
    expect(districtsInRunningText(counts, 6)).toBe(' (Đăk Hà 04, Sa Thầy 02)');
    expect(districtsInParentheses([], 5)).toBe('');
    expect(districtsInRunningText([], 5)).toBe('');
  });
});
