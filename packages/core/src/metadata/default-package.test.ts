import { describe, expect, it } from 'vitest';
import data from '../../data/default-package.json' with { type: 'json' };
import { checkPackage } from './check-package.ts';
import { DEFAULT_PACKAGE } from './default-package.ts';
import { DICTIONARY_CODES } from './dictionary-codes.fixture.ts';
import { metadataPackageSchema } from './package-schema.ts';

/** Splits a whitespace-separated list of codes. */
const words = (text: string) => text.trim().split(/\s+/);

// The remaining lists of DATA_DICTIONARY.md that only this test needs.

const GROUP_A = words('CUMA_H5N1 MERS BAILIET TA DICHHACH');
const LAST_ELEMENTS = words(`
  LAO_REG_CASES LAO_REG_DEATHS LAO_REG_COMPLETED LAO_REG_ACTIVE PHONG_MANAGED PHONG_DK_MANAGED
  PHONG_DK_INPATIENT_OPEN PHONG_DK_INPATIENT_CLOSE TC_UV_PN_DONE TC_UV_PN_TARGET TC_IPV_BS_DONE
  TC_IPV_BS_TARGET HIV_REG_TOTAL HIV_REG_DEATHS HIV_REG_REACHED HIV_REG_AIDS HIV_REG_AIDS_LIVING
  HIV_ARV HIV_ARV_CHILDREN HIV_INH KCB_BEDS_PLAN
`);
// Added for the plan targets (chỉ tiêu), beyond the dictionary: the yearly form's elements (all LAST) and indicators.
const TARGET_ELEMENTS = words('DS_POPULATION NL_DOCTORS BHYT_INSURED YTX_COMMUNES YTX_CRITERIA_MET DD_U5_MEASURED DD_U5_STUNTED');
const TARGET_INDICATORS = words(`
  KCB_BEDS_PER_10K NL_DOCTORS_PER_10K BHYT_COVERAGE YTX_CRITERIA_RATE DD_U5_STUNTING_RATE SOTRET_INCIDENCE_PER_1000
`);
const { diseases: DISEASES, extraElements: EXTRA_ELEMENTS, categories: CATEGORIES } = DICTIONARY_CODES;
// The yearly targets form and the weekly notifiable-disease form are this project's additions to the dictionary.
const DATA_SETS = [...DICTIONARY_CODES.dataSets, 'CHITIEU_NAM', 'BTN_TUAN'];
const REPORT_ORDER = words(`
  COVID19 TCM THUYDAU QUAIBI SXHD SOTRET VNNB VGA CUMA_H5N1 MERS BAILIET TA DICHHACH DAUMUAKHI
  CUMA_H1N1 ZIKA BACHHAU DAI HOGA SOI RUBELLA UONVAN_SS UONVAN VNVR VMNNMC VGB VGC CUM THUONGHAN LYTT
  LYAMIP TIEUCHAY LIENCAULON THAN XOANKHUAN ADENO LAO PHONG
`);
const WATCH_ORDER = words('COVID19 CUMA_H5N1 MERS DAUMUAKHI CUMA_H1N1 ZIKA BACHHAU DAI HOGA SOI SOTRET VNNB VGA');

const pkg = DEFAULT_PACKAGE;
const codes = <T extends { code: string }>(xs: T[]) => xs.map((x) => x.code);
const element = (code: string) => pkg.dataElements.find((e) => e.code === code);
const dataSet = (code: string) => pkg.dataSets.find((d) => d.code === code)!;
const elementsOf = (code: string) => dataSet(code).sections.flatMap((s) => s.dataElements);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('default package', () => {
  it('passes the schema unchanged and has no integrity problems', () => {
    expect(metadataPackageSchema.safeParse(data).success).toBe(true);
    expect(pkg).toEqual(data);
    expect(checkPackage(pkg)).toEqual([]);
  });

  it('holds every code of the data dictionary', () => {
    const elementCodes = new Set(codes(pkg.dataElements));
    for (const d of DISEASES) {
      expect(elementCodes).toContain(`${d}_CASES`);
      expect(elementCodes).toContain(`${d}_DEATHS`);
    }
    for (const e of EXTRA_ELEMENTS) expect(elementCodes).toContain(e);
    expect(codes(pkg.diseases).sort()).toEqual([...DISEASES].sort());
    expect(codes(pkg.dataSets)).toEqual(DATA_SETS);
    for (const [category, options] of Object.entries(CATEGORIES)) {
      expect(codes(pkg.categories.find((c) => c.code === category)!.options)).toEqual(options);
      expect(pkg.categoryCombos.find((c) => c.code === category)?.categories).toEqual([category]);
    }
    expect(pkg.categoryCombos.find((c) => c.code === 'default')?.categories).toEqual([]);
  });

  it('gives elements the dictionary aggregation, value type and breakdown', () => {
    for (const e of pkg.dataElements) {
      expect(e.valueType).toBe('INTEGER_ZERO_OR_POSITIVE');
      expect(e.aggregationType, e.code).toBe([...LAST_ELEMENTS, ...TARGET_ELEMENTS].includes(e.code) ? 'LAST' : 'SUM');
    }
    expect(element('LAO_CASES')?.categoryCombo).toBe('LAO_FORM');
    expect(element('KCB_BED_DAYS')?.categoryCombo).toBe('TUYEN');
    expect(element('KCB_BEDS_PLAN')?.categoryCombo).toBe('TUYEN');
    expect(element('PHONG_DK_INPATIENT_OPEN')?.description).toMatch(/đầu/);
  });

  it('orders diseases for section 1.1 and the watch list', () => {
    const sorted = [...pkg.diseases].sort((a, b) => a.reportOrder - b.reportOrder);
    expect(codes(sorted)).toEqual(REPORT_ORDER);
    expect(sorted.map((d) => d.reportOrder)).toEqual(REPORT_ORDER.map((_, i) => i + 1));
    const watched = pkg.diseases.filter((d) => d.watchOrder !== null).sort((a, b) => a.watchOrder! - b.watchOrder!);
    expect(codes(watched)).toEqual(WATCH_ORDER);
  });

  it('names diseases as the report writes them and gives the groups', () => {
    const disease = (code: string) => pkg.diseases.find((d) => d.code === code)!;
    expect(disease('COVID19').name).toBe('Bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (COVID-19)');
    expect(disease('SXHD').name).toBe('Sốt xuất huyết Dengue');
    expect(disease('TCM').name).toBe('Tay - Chân - Miệng');
    expect(disease('PHONG').groups).toEqual([{ group: 'C', validFrom: null, validTo: null }]);
    for (const code of GROUP_A) expect(disease(code).groups.map((g) => g.group)).toEqual(['A']);
  });

  it('puts every disease element in BTN_THANG and every element in some data set', () => {
    const btn = elementsOf('BTN_THANG');
    for (const d of pkg.diseases) expect(btn).toEqual(expect.arrayContaining([d.casesElement, d.deathsElement]));
    const inForms = new Set(DATA_SETS.flatMap(elementsOf));
    expect(codes(pkg.dataElements).filter((c) => !inForms.has(c))).toEqual([]);
  });

  it('collects the notifiable diseases weekly too: BTN_TUAN holds the cases and deaths of BTN_THANG’s first section', () => {
    const weekly = dataSet('BTN_TUAN');
    expect(weekly).toMatchObject({ name: 'Báo cáo tuần bệnh truyền nhiễm', periodType: 'Weekly', dueDay: 2, orgUnitLevel: 2 });
    expect(weekly.sections.flatMap((s) => s.dataElements)).toEqual(dataSet('BTN_THANG').sections[0]!.dataElements);
    for (const d of pkg.diseases) expect(elementsOf('BTN_TUAN')).toEqual(expect.arrayContaining([d.casesElement, d.deathsElement]));
  });

  it('configures both monthly forms', () => {
    expect(dataSet('BTN_THANG')).toMatchObject({
      periodType: 'Monthly',
      dueDay: 5,
      openDaysAfterPeriod: 15,
      orgUnitLevel: 2,
    });
    expect(dataSet('HOATDONG_THANG')).toMatchObject({
      periodType: 'Monthly',
      dueDay: 5,
      openDaysAfterPeriod: 15,
      orgUnitLevel: 1,
    });
    expect(dataSet('HOATDONG_THANG').sections).toHaveLength(8);
    // Province registers are reported by provincial units on the province, not by districts.
    expect(elementsOf('BTN_THANG').filter((e) => /^(LAO_REG|PHONG_DK|PHONG_MANAGED|KDYT_)/.test(e))).toEqual([]);
    expect(elementsOf('HOATDONG_THANG')).toContain('LAO_REG_CASES');
  });

  it('ships the indicators of the dictionary', () => {
    const indicator = (code: string) => pkg.indicators.find((i) => i.code === code)?.expression;
    expect(indicator('HIV_REG_LIVING')).toBe('#{HIV_REG_TOTAL} - #{HIV_REG_DEATHS}');
    expect(indicator('KCB_BED_OCCUPANCY')).toBe('#{KCB_BED_DAYS} / (#{KCB_BEDS_PLAN} * [days]) * 100');
    expect(indicator('KCB_BED_OCCUPANCY_TINH')).toBe('#{KCB_BED_DAYS.TINH} / (#{KCB_BEDS_PLAN.TINH} * [days]) * 100');
    expect(indicator('KCB_BED_OCCUPANCY_HUYEN')).toBeDefined();
    expect(indicator('KCB_BED_OCCUPANCY_PKDKKV')).toBeDefined();
    expect(indicator('TCMR_FULL_COVERAGE')).toBe('#{TCMR_FULL_DONE} / #{TCMR_FULL_TARGET} * 100');
    expect(indicator('TC_UV_PN_COVERAGE')).toBe('#{TC_UV_PN_DONE} / #{TC_UV_PN_TARGET} * 100');
    expect(indicator('TC_IPV_BS_COVERAGE')).toBe('#{TC_IPV_BS_DONE} / #{TC_IPV_BS_TARGET} * 100');
  });

  it('ships the items of the usual provincial targets, their figures on a yearly form of the province', () => {
    expect(dataSet('CHITIEU_NAM')).toMatchObject({ periodType: 'Yearly', orgUnitLevel: 1 });
    expect(elementsOf('CHITIEU_NAM')).toEqual(TARGET_ELEMENTS);
    const indicator = (code: string) => pkg.indicators.find((i) => i.code === code)?.expression;
    expect(pkg.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(TARGET_INDICATORS));
    expect(indicator('KCB_BEDS_PER_10K')).toBe('#{KCB_BEDS_PLAN} / #{DS_POPULATION} * 10000');
    expect(indicator('SOTRET_INCIDENCE_PER_1000')).toBe('#{SOTRET_CASES} / #{DS_POPULATION} * 1000');
    expect(indicator('DD_U5_STUNTING_RATE')).toBe('#{DD_U5_STUNTED} / #{DD_U5_MEASURED} * 100');
    // Parts stay within their wholes, checked on the yearly form.
    const yearly = pkg.validationRules.filter((r) => r.periodType === 'Yearly').map((r) => [r.left, r.operator, r.right]);
    expect(yearly).toEqual([
      ['#{BHYT_INSURED}', '<=', '#{DS_POPULATION}'],
      ['#{YTX_CRITERIA_MET}', '<=', '#{YTX_COMMUNES}'],
      ['#{DD_U5_STUNTED}', '<=', '#{DD_U5_MEASURED}'],
    ]);
  });

  it('ships the validation rules with their importance', () => {
    const rule = (code: string) => pkg.validationRules.find((r) => r.code === code)!;
    for (const d of DISEASES) {
      expect(rule(`VR_${d}_DEATHS_LE_CASES`)).toMatchObject({
        left: `#{${d}_DEATHS}`,
        operator: '<=',
        right: `#{${d}_CASES}`,
      });
    }
    expect(rule('VR_SXHD_DEATHS_LE_CASES').message).toBe(
      'Số tử vong do Sốt xuất huyết Dengue không được lớn hơn số mắc',
    );
    expect(rule('VR_PHONG_DK_INPATIENT_BALANCE')).toMatchObject({
      left: '#{PHONG_DK_INPATIENT_CLOSE}',
      operator: '==',
      right: '#{PHONG_DK_INPATIENT_OPEN} + #{PHONG_DK_ADMISSIONS} - #{PHONG_DK_DISCHARGES}',
    });
    for (const code of [
      'VR_SOTRET_SEVERE_LE_CASES',
      'VR_HIV_REG_DEATHS_LE_TOTAL',
      'VR_HIV_ARV_CHILDREN_LE_ARV',
      'VR_KN_SAMPLES_PASSED_LE_TESTED',
    ]) {
      expect(rule(code).importance).toBe('HIGH');
    }
    for (const e of ['HIV_REG_TOTAL', 'LAO_REG_CASES']) {
      expect(rule(`VR_${e}_NOT_DECREASING`)).toMatchObject({
        left: `#{${e}}`,
        operator: '>=',
        right: `#{${e}}.periodOffset(-1)`,
        importance: 'MEDIUM',
      });
    }
    const medium = pkg.validationRules.filter((r) => r.importance !== 'HIGH');
    expect(codes(medium).sort()).toEqual(['VR_HIV_REG_TOTAL_NOT_DECREASING', 'VR_LAO_REG_CASES_NOT_DECREASING']);
  });

  it('stores every string in NFC', () => {
    for (const s of strings(data)) expect(s === s.normalize('NFC'), s).toBe(true);
  });
});
