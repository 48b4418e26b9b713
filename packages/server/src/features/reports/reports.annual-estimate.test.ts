import { generateDemoSubmissions, generateDemoValues } from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import type { GeneratedBlock, ReportDocument, Section } from '@syt/core/report/model.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import { estimateYear } from '@syt/core/targets/index.ts';
import { formatCount } from '@syt/core/vi/number.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { storeSubmissions } from '../install/demo.service.ts';
import { startReportTest, type ReportTest } from './reports.fixture.ts';

const blocks = (sections: Section[]): GeneratedBlock[] =>
  sections.flatMap((s) => [...s.blocks.filter((b): b is GeneratedBlock => b.kind === 'generated'), ...blocks(s.children)]);
const textOf = (doc: ReportDocument) => blocks(doc.results.sections).flatMap((b) => b.sentences.map((s) => s.text)).join(' ');

/**
 * The annual review asked for in early December (seed 002: "figures to 30/11 and estimates for the year"): written on
 * the server's 04/12/2023 it speaks to 30/11/2023 and estimates the year; once December is in, it does neither.
 */
describe.each(DIALECTS)('the annual review before and after December on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    // 10:00 on 04/12/2023 in Vietnam; the suite's figures run from January 2022 to November 2023.
    rt = await startReportTest(dialect, { now: '2023-12-04T03:00:00Z' });
  }, 120_000);
  afterAll(() => rt.t.close());

  const annual = async () => {
    const res = await rt.users.viewer.request('GET', '/api/reports/periodic?kind=annual&org=62&period=2023');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json() as ReportDocument;
  };
  const monthly = async (item: string, year: number) => {
    const months = Array.from({ length: 12 }, (_, i) => `${year}${String(i + 1).padStart(2, '0')}`);
    return Promise.all(
      months.map(async (m) => {
        const res = await rt.users.viewer.request('GET', `/api/aggregate?item=${item}&orgUnit=62&from=${m}&to=${m}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().value as number | null;
      }),
    );
  };

  it('on 04/12/2023 speaks to 30/11/2023 and estimates the year from the months as the targets do', async () => {
    const doc = await annual();
    expect(doc.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023 (số liệu đến 30/11/2023)');
    const text = textOf(doc);
    expect(text).toContain('đến 30/11/2023');
    expect(text).not.toMatch(/04\/12\/2023|31\/12\/2023/);
    // December's forms are not due yet: no section names them as missing.
    expect(text).not.toContain('tháng 12/2023');
    const estimateOf = async (item: string) => {
      const [thisYear, lastYear] = [(await monthly(item, 2023)).slice(0, 11), await monthly(item, 2022)];
      return estimateYear({ kind: 'flow', thisYear, lastYear })!;
    };
    const [visits, inpatients] = [await estimateOf('KCB_VISITS'), await estimateOf('KCB_INPATIENTS')];
    const kcb = blocks(doc.results.sections).find((b) => b.id === 'medical-services.estimate')!.sentences[0]!;
    expect(kcb.text).toBe(
      `Ước thực hiện cả năm 2023: ${formatCount(Math.round(visits.value))} lượt khám bệnh, chữa bệnh; ` +
        `${formatCount(Math.round(inpatients.value))} lượt điều trị nội trú.`,
    );
    const notes = blocks(doc.results.sections).flatMap((b) => b.sentences.flatMap((s) => s.footnotes ?? [])).map((f) => f.text);
    expect(notes).toContain(visits.method === 'LAST_YEAR_SHAPE' ? 'Ước tính theo xu hướng các tháng cùng kỳ năm trước' : 'Ước tính tuyến tính từ số liệu đến nay');
    expect(blocks(doc.results.sections).find((b) => b.id === 'disease.TCM')!.sentences.at(-1)!.text).toMatch(/^Ước thực hiện cả năm 2023: [\d.]+ ca mắc\.$/);
  });

  it('in January 2024, with December in, states the whole year and no estimate', async () => {
    const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202312', to: '202312', includeZeros: true });
    const submissions = generateDemoSubmissions(KONTUM_ORG_UNITS).filter((s) => s.period === '202312');
    rt.t.clock.advance(Date.parse('2024-01-15T03:00:00Z') - rt.t.clock.now().getTime());
    await rt.t.database.db.transaction().execute(async (trx) => {
      await storeSubmissions(trx, submissions);
      await storeTrustedValues(trx, values, 'demo', rt.t.clock.now().toISOString());
    });
    expect((await rt.users.viewer.login('xem')).statusCode).toBe(200);
    const doc = await annual();
    expect(doc.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023');
    const text = textOf(doc);
    expect(text).not.toContain('Ước thực hiện');
    expect(text).not.toContain('30/11/2023');
    expect(text).toContain('đến 31/12/2023');
  });
});
