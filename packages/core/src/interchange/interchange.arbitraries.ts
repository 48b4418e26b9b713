/** Test-only generators and builders for interchange tests; not exported from the package. */
import fc from 'fast-check';
import type { DataValue } from '../datavalue/types.ts';
import { periodArb } from '../period/period.arbitraries.ts';
import { joinOptions } from './combo-resolver.ts';
import type { ComboResolver, ParsedValue } from './types.ts';

/** Categories of the test elements, in combo order; the options of `LAO_FORM` contain `_` on purpose. */
const CATEGORY_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  LAO_FORM: ['AFB_POS', 'AFB_NEG', 'NGOAI_PHOI'],
  GIOI_TINH: ['NAM', 'NU'],
  NHOM_TUOI: ['DUOI_15', 'TU_15_TRO_LEN'],
};
const ELEMENT_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  LAO_CASES: ['LAO_FORM'],
  HIV_MOI: ['GIOI_TINH', 'NHOM_TUOI'],
  SOT_RET: [],
  DE1: [],
};

/** A resolver over the test elements above; unknown elements have no categories. */
export const testResolver: ComboResolver = {
  categoriesOf: (dataElement) => ELEMENT_CATEGORIES[dataElement] ?? [],
  optionsOf: (category) => CATEGORY_OPTIONS[category] ?? [],
};

const ORG_UNITS = ['615', '62', 'KT', 'KT_DAK_HA'];

// Separators, quotes, markup, line breaks of every kind and precomposed (NFC) Vietnamese, plus one astral character.
const CHARACTERS = ['a', 'Z', '7', ' ', ',', ';', '"', "'", '\n', '\r\n', '\r', '\t', '<', '>', '&', '=', '/'];
const VIETNAMESE = ['ệ', 'Đ', 'ư', 'ờ', 'ạ', 'ẫ', 'Ơ', 'ỹ', '😷'];

/** Free text as users type it into values and comments, possibly empty. */
export const textArb = fc.string({ unit: fc.constantFrom(...CHARACTERS, ...VIETNAMESE), maxLength: 12 });

/** A stored value: a number as DHIS2 writes it, or any text. */
export const valueArb = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
  textArb,
);

const commentArb = textArb.filter((s) => s !== '');

const periodCodeArb = periodArb({ minYear: 1990, maxYear: 2100 }).map((p) => p.code);

/** A value with a combo drawn from a small set (no element/combo consistency: JSON and CSV do not need it). */
export const dataValueArb: fc.Arbitrary<DataValue> = fc.record(
  {
    dataElement: fc.constantFrom(...Object.keys(ELEMENT_CATEGORIES)),
    categoryOptionCombo: fc.constantFrom('default', 'AFB_POS', 'NAM_DUOI_15', 'x'),
    orgUnit: fc.constantFrom(...ORG_UNITS),
    period: periodCodeArb,
    value: valueArb,
    comment: commentArb,
  },
  { requiredKeys: ['dataElement', 'categoryOptionCombo', 'orgUnit', 'period', 'value'] },
);

/** A value whose combo fits its element's categories under `testResolver`, as ADX needs. */
export const adxDataValueArb: fc.Arbitrary<DataValue> = fc
  .constantFrom(...Object.keys(ELEMENT_CATEGORIES))
  .chain((dataElement) =>
    fc.record(
      {
        dataElement: fc.constant(dataElement),
        categoryOptionCombo: fc
          .tuple(...ELEMENT_CATEGORIES[dataElement]!.map((c) => fc.constantFrom(...CATEGORY_OPTIONS[c]!)))
          .map(joinOptions),
        orgUnit: fc.constantFrom(...ORG_UNITS),
        period: periodCodeArb,
        value: valueArb,
        comment: commentArb,
      },
      { requiredKeys: ['dataElement', 'categoryOptionCombo', 'orgUnit', 'period', 'value'] },
    ),
  );

/** The `DataValue` part of a parsed value, for comparing with what was written. */
export function withoutPlace({ index: _index, dataSet: _dataSet, ...value }: ParsedValue): DataValue {
  return value;
}

const sortKey = (v: DataValue): string =>
  [v.orgUnit, v.period, v.dataElement, v.categoryOptionCombo, v.value, v.comment ?? '\u0001'].join('\u0000');

/** Values in a fixed order, for comparing sets of values that a format reorders (ADX groups them). */
export function sortedValues(values: readonly DataValue[]): DataValue[] {
  return [...values].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

const PERIODS = ['202311', '2024W01', '2020W53', '2024Q1', '2024S2', '2024', '199912'];
const COMMENTS = ['Bệnh nhân chuyển tuyến, "đã xác minh"', 'dòng một\ndòng hai', 'a,b;c', 'Đ\r\nư'];

/** `n` values built deterministically (distinct up to 28 000), each with a combo that fits `testResolver`. */
export function buildValues(n: number): DataValue[] {
  const combos = [
    ['SOT_RET', 'default'],
    ['LAO_CASES', 'AFB_POS'],
    ['LAO_CASES', 'NGOAI_PHOI'],
    ['HIV_MOI', 'NU_TU_15_TRO_LEN'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [dataElement, categoryOptionCombo] = combos[i % combos.length]!;
    const value: DataValue = {
      dataElement: dataElement!,
      categoryOptionCombo: categoryOptionCombo!,
      orgUnit: `OU${Math.floor(i / 4) % 1000}`,
      period: PERIODS[Math.floor(i / 4000) % PERIODS.length]!,
      value: i % 11 === 0 ? `${i / 8}` : String(i),
    };
    if (i % 7 === 0) value.comment = COMMENTS[i % COMMENTS.length];
    return value;
  });
}
