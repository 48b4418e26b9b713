/** Tiny metadata packages for tests: a sound one, and a helper to break it in one place. */
import type { DataElement, Disease, MetadataPackage } from './types.ts';

/** A data element with sensible defaults. */
export function anElement(code: string, overrides: Partial<DataElement> = {}): DataElement {
  return {
    code,
    name: code,
    valueType: 'INTEGER_ZERO_OR_POSITIVE',
    aggregationType: 'SUM',
    categoryCombo: 'default',
    ...overrides,
  };
}

/** A disease over `${code}_CASES` / `${code}_DEATHS`. */
export function aDisease(code: string, overrides: Partial<Disease> = {}): Disease {
  return {
    code,
    name: code,
    groups: [{ group: 'B', validFrom: null, validTo: null }],
    reportOrder: 1,
    watchOrder: null,
    casesElement: `${code}_CASES`,
    deathsElement: `${code}_DEATHS`,
    immediate: false,
    maxIncubationDays: 14,
    thresholdMethod: 'EARS_C2',
    ...overrides,
  };
}

/** A sound package: one disease, one breakdown (`FORM`: `P`, `N`), one form, one indicator, one rule. */
export function tinyPackage(edit: (pkg: MetadataPackage) => void = () => {}): MetadataPackage {
  const pkg: MetadataPackage = {
    categories: [
      {
        code: 'FORM',
        name: 'Thể',
        options: [
          { code: 'P', name: 'Dương' },
          { code: 'N', name: 'Âm' },
        ],
      },
    ],
    categoryCombos: [
      { code: 'default', name: 'Mặc định', categories: [] },
      { code: 'FORM', name: 'Thể', categories: ['FORM'] },
    ],
    dataElements: [anElement('X_CASES', { categoryCombo: 'FORM' }), anElement('X_DEATHS')],
    dataSets: [
      {
        code: 'DS',
        name: 'Biểu',
        periodType: 'Monthly',
        dueDay: 5,
        openDaysAfterPeriod: 15,
        orgUnitLevel: 2,
        sections: [{ code: 'S1', name: 'Phần 1', dataElements: ['X_CASES', 'X_DEATHS'] }],
      },
    ],
    indicators: [{ code: 'IND', name: 'Tỷ lệ', expression: '#{X_DEATHS} / #{X_CASES.P} * 100', decimals: 1 }],
    validationRules: [
      {
        code: 'VR',
        name: 'Tử vong ≤ mắc',
        left: '#{X_DEATHS}',
        operator: '<=',
        right: '#{X_CASES}',
        importance: 'HIGH',
        missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING',
        periodType: 'Monthly',
        message: 'Số tử vong không được lớn hơn số mắc',
      },
    ],
    diseases: [aDisease('X')],
  };
  edit(pkg);
  return pkg;
}
