/**
 * A small DHIS2 instance as DHIS2's `/api/metadata` exports it (Sierra Leone demo UIDs): a gender breakdown, two
 * data elements, an org-unit tree, a monthly data set, a percentage indicator and a validation rule. Bookkeeping
 * and DHIS2-only properties are there as DHIS2 writes them.
 */
const meta = {
  created: '2012-02-17T15:00:00.000',
  lastUpdated: '2024-01-10T10:00:00.000',
  translations: [],
  sharing: { public: 'rw------' },
};

export const MALE = 'LEq6dvINdYB';
export const FEMALE = 'mwN7QuEfT8m';
export const MALE_COC = 'Prlt0C1RF0s';
export const FEMALE_COC = 'V6L425pT3A0';

export function dhis2Sample() {
  return {
    system: {
      id: 'eed3d451-4ff5-4193-b951-ffcc68954299',
      rev: 'abc',
      version: '2.40.3',
      date: '2024-01-10T10:00:00.000',
    },
    categoryOptions: [
      { ...meta, id: MALE, code: 'MALE', name: 'Nam', shortName: 'Nam' },
      { ...meta, id: FEMALE, code: 'FEMALE', name: 'Nữ', shortName: 'Nữ' },
      { ...meta, id: 'xYerKDKCefk', code: 'default', name: 'default', shortName: 'default' },
    ],
    categories: [
      {
        ...meta,
        id: 'cX5k9anHEHd',
        code: 'GENDER',
        name: 'Giới',
        shortName: 'Giới',
        dataDimensionType: 'DISAGGREGATION',
        dataDimension: true,
        categoryOptions: [{ id: MALE }, { id: FEMALE }],
      },
      {
        ...meta,
        id: 'GLevLNI9wkl',
        code: 'default',
        name: 'default',
        dataDimensionType: 'DISAGGREGATION',
        categoryOptions: [{ id: 'xYerKDKCefk' }],
      },
    ],
    categoryCombos: [
      {
        ...meta,
        id: 'dPmavA0qloX',
        code: 'GENDER',
        name: 'Giới',
        dataDimensionType: 'DISAGGREGATION',
        skipTotal: false,
        categories: [{ id: 'cX5k9anHEHd' }],
      },
      {
        ...meta,
        id: 'bRowv6yZOF2',
        code: 'default',
        name: 'default',
        dataDimensionType: 'DISAGGREGATION',
        categories: [{ id: 'GLevLNI9wkl' }],
      },
    ],
    categoryOptionCombos: [
      {
        ...meta,
        id: MALE_COC,
        code: 'COC_MALE',
        name: 'Nam',
        ignoreApproval: false,
        categoryCombo: { id: 'dPmavA0qloX' },
        categoryOptions: [{ id: MALE }],
      },
      {
        ...meta,
        id: FEMALE_COC,
        name: 'Nữ',
        ignoreApproval: false,
        categoryCombo: { id: 'dPmavA0qloX' },
        categoryOptions: [{ id: FEMALE }],
      },
      {
        ...meta,
        id: 'HllvX50cXC0',
        code: 'default',
        name: 'default',
        categoryCombo: { id: 'bRowv6yZOF2' },
        categoryOptions: [{ id: 'xYerKDKCefk' }],
      },
    ],
    dataElements: [
      {
        ...meta,
        id: 'fbfJHSPpUQD',
        code: 'DE_359596',
        name: 'Khám thai lần 1',
        shortName: 'Khám thai 1',
        formName: 'Khám thai lần 1',
        valueType: 'NUMBER',
        aggregationType: 'SUM',
        domainType: 'AGGREGATE',
        zeroIsSignificant: false,
        categoryCombo: { id: 'bRowv6yZOF2' },
      },
      {
        ...meta,
        id: 'YtbsuPPo010',
        code: 'TA_P0Y--P5Y',
        name: 'Số liều sởi',
        valueType: 'INTEGER_ZERO_OR_POSITIVE',
        aggregationType: 'SUM',
        domainType: 'AGGREGATE',
        categoryCombo: { id: 'dPmavA0qloX' },
      },
    ],
    organisationUnits: [
      {
        ...meta,
        id: 'ImspTQPwCqd',
        code: 'OU_525',
        name: 'Sierra Leone',
        shortName: 'Sierra Leone',
        level: 1,
        path: '/ImspTQPwCqd',
        openingDate: '1994-01-01T00:00:00.000',
      },
      {
        ...meta,
        id: 'O6uvpzGd5pu',
        code: 'OU_264',
        name: 'Bo',
        shortName: 'Bo',
        level: 2,
        path: '/ImspTQPwCqd/O6uvpzGd5pu',
        parent: { id: 'ImspTQPwCqd' },
        openingDate: '1994-01-01T00:00:00.000',
        geometry: { type: 'Point', coordinates: [-11.7, 7.9] },
      },
      {
        ...meta,
        id: 'fdc6uOvgoji',
        code: 'OU_193190',
        name: 'Bombali',
        level: 2,
        parent: { id: 'ImspTQPwCqd' },
        openingDate: '1994-01-01T00:00:00.000',
        closedDate: '2017-06-30T00:00:00.000',
      },
    ],
    dataSets: [
      {
        ...meta,
        id: 'pBOMPrpg1QX',
        code: 'DS_394131',
        name: 'Sức khỏe mẹ và trẻ',
        periodType: 'Monthly',
        timelyDays: 15,
        expiryDays: 25,
        openFuturePeriods: 0,
        categoryCombo: { id: 'bRowv6yZOF2' },
        dataSetElements: [{ dataElement: { id: 'fbfJHSPpUQD' } }, { dataElement: { id: 'YtbsuPPo010' } }],
        organisationUnits: [{ id: 'O6uvpzGd5pu' }, { id: 'fdc6uOvgoji' }],
      },
    ],
    indicatorTypes: [{ ...meta, id: 'hmSnCXmLYwt', name: 'Phần trăm', factor: 100, number: false }],
    indicators: [
      {
        ...meta,
        id: 'Uvn6LCg7dVU',
        code: 'IN_52462',
        name: 'Tỷ lệ sởi nam',
        shortName: 'Sởi nam',
        numerator: `#{YtbsuPPo010.${MALE_COC}}`,
        numeratorDescription: 'Nam',
        denominator: '#{YtbsuPPo010}',
        denominatorDescription: 'Tổng',
        indicatorType: { id: 'hmSnCXmLYwt' },
        decimals: 1,
        annualized: false,
      },
    ],
    validationRules: [
      {
        ...meta,
        id: 'kgh54Xb9LSE',
        code: 'VR_MEASLES',
        name: 'Sởi nam ≤ tổng',
        instruction: 'Số liều sởi của nam không được lớn hơn tổng số liều',
        importance: 'MEDIUM',
        operator: 'less_than_or_equal_to',
        periodType: 'Monthly',
        leftSide: {
          expression: `#{YtbsuPPo010.${MALE_COC}}`,
          description: 'Nam',
          missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING',
        },
        rightSide: {
          expression: '#{YtbsuPPo010}',
          description: 'Tổng',
          missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING',
        },
        organisationUnitLevels: [4],
      },
    ],
  };
}
