import type { DataValue } from '@syt/core/datavalue/types.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import type { ReportFigures } from '@syt/core/report/figures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { monthlyReportInput } from './report-input.service.ts';

const value = (dataElement: string, orgUnit: string, period: string, v: string): DataValue => ({
  dataElement,
  categoryOptionCombo: 'default',
  orgUnit,
  period,
  value: v,
});

/**
 * "Reported 0" is not "nothing reported": a stored zero reads as 0 and an element no one stored reads as nothing, at
 * the province (whose query reads zeros apart from the other values) as at a district.
 */
describe.each(DIALECTS)('stored zeros in the report figures on $name', (dialect) => {
  let t: TestApp;
  const figuresOf = async (code: string): Promise<ReportFigures> => {
    const unit = (await findOrgUnitByCode(t.database.db, code))!;
    // The values are stored without submitting their forms: drafts are counted so that only zeros are in question.
    return (await monthlyReportInput(t.database.db, unit, parsePeriod('202311'), { includeDrafts: true })).figures;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const values = [
      value('COVID19_CASES', '615', '202311', '0'),
      value('COVID19_CASES', '615', '202310', '0'),
      value('TCM_CASES', '615', '202311', '3'),
      value('TCM_CASES', '608', '202311', '0'),
      // A LAST register: its zero is a unit's latest figure.
      value('HIV_REG_TOTAL', '615', '202311', '0'),
    ];
    await t.database.db.transaction().execute((trx) => storeTrustedValues(trx, values, 'test', t.clock.now().toISOString()));
  }, 120_000);
  afterAll(() => t.close());

  for (const [level, code] of [
    ['the province', '62'],
    ['a district', '615'],
  ] as const) {
    it(`reads a stored 0 as 0 and an unstored element as nothing for ${level}`, async () => {
      const figures = await figuresOf(code);
      expect(figures.total('COVID19_CASES', 'month')).toBe(0);
      expect(figures.total('COVID19_CASES', 'previousMonth')).toBe(0);
      expect(figures.total('COVID19_CASES', 'yearToDate')).toBe(0);
      expect(figures.total('COVID19_CASES', 'sameMonthLastYear')).toBeNull();
      expect(figures.total('TCM_CASES', 'month')).toBe(3);
      expect(figures.total('HIV_REG_TOTAL', 'month')).toBe(0);
      expect(figures.total('SXHD_CASES', 'month')).toBeNull();
      expect(figures.total('SXHD_CASES', 'yearToDate')).toBeNull();
    });
  }
});
