/** "A chart favourite named in the unit's report settings is drawn into its reports, stored, and printed in the .docx." */
import type { AnalyticsTable, ChartLayout, FavouriteInput } from '@syt/core/api/analytics.ts';
import { chartOption } from '@syt/core/charts/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import type { TestClient } from '../../test/harness.ts';
import { chartSvg } from '../analytics-export/chart-svg.ts';
import { printedChart } from './report-chart-print.ts';
import { REPORT_CHART_SIZE } from './report-charts.service.ts';
import { PERIOD, startReportTest, storedCell, type ReportTest } from './reports.fixture.ts';

const LINE: ChartLayout = { type: 'line', series: 'ou', category: 'pe', title: 'Sốt xuất huyết Dengue theo huyện' };
const QUERY = { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT_CHILDREN'], pe: ['LAST_12_MONTHS'] };

function favourite(overrides: Partial<FavouriteInput> = {}): FavouriteInput {
  return {
    name: 'SXH 12 tháng',
    kind: 'chart',
    query: QUERY,
    layout: LINE,
    sharing: { users: [], roles: [] },
    ...overrides,
  };
}

async function saveFavourite(client: TestClient, input: FavouriteInput): Promise<number> {
  const res = await client.request('POST', '/api/analytics/favourites', input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const sameIds = (svg: string) => svg.replace(/zr\d+-(cls-|c)?\d+/g, 'zr');

const putCharts = (client: TestClient, org: string, charts: unknown) =>
  client.request('PUT', `/api/reports/settings?org=${org}`, { charts });

describe.each(DIALECTS)('charts in the report on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    // Drafts, so a cell can be edited after the report is written.
    rt = await startReportTest(dialect, { submit: false });
  }, 120_000);
  afterAll(() => rt.t.close());

  it('refuses a chart the officer may not open, a pivot, a repeat and a fifth, naming the field, and changes nothing', async () => {
    const { staff, admin } = rt.users;
    const own = await saveFavourite(staff, favourite());
    const private_ = await saveFavourite(admin, favourite({ name: 'Của quản trị' }));
    const pivot = await saveFavourite(
      staff,
      favourite({
        kind: 'pivot',
        layout: {
          rows: ['ou'],
          columns: ['pe'],
          totals: { rows: true, columns: false },
          subtotals: false,
          hideEmptyRows: true,
          hideEmptyColumns: false,
          sort: null,
        } as never,
      }),
    );
    expect((await putCharts(staff, '615', [own])).statusCode).toBe(200);

    for (const [charts, field] of [
      [[own, private_], 'charts.1'],
      [[pivot], 'charts.0'],
      [[own, own], 'charts'],
      [[1, 2, 3, 4, 5], 'charts'],
    ] as const) {
      const res = await putCharts(staff, '615', charts);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.json().error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/u);
    }
    const settings = (await staff.request('GET', '/api/reports/settings?org=615')).json();
    expect(settings.charts).toEqual([own]);
    // The header is not the settings' list of charts.
    expect(settings).not.toHaveProperty('header');
  });

  it('draws the chart for the report month into the stored document and keeps it when the data change', async () => {
    const { staff, admin } = rt.users;
    const id = await saveFavourite(staff, favourite());
    expect((await putCharts(staff, '62', [id])).statusCode).toBe(200);

    const created = await staff.request('POST', '/api/reports/instances', {
      org: '62',
      period: PERIOD,
      includeDrafts: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const doc = created.json().document as ReportDocument;
    expect(doc.header).not.toHaveProperty('charts');
    expect(doc.charts).toHaveLength(1);
    const [chart] = doc.charts!;
    expect(chart).toMatchObject({ favourite: id, title: LINE.title, width: REPORT_CHART_SIZE.width });

    // The same query through the API with the day after November 2023 as reference: twelve months ending 11/2023.
    const asked = await staff.request('POST', '/api/analytics', { ...QUERY, referenceDate: '2023-12-01' });
    const table = asked.json() as AnalyticsTable;
    expect(table.items.pe.map((p) => p.code)).toEqual([
      '202212',
      ...Array.from({ length: 11 }, (_, i) => `2023${String(i + 1).padStart(2, '0')}`),
    ]);
    const { title: _t, ...untitled } = LINE;
    // ECharts numbers each renderer's ids and classes (`zr0-c1`, `zr1-cls-8`): the drawing is the same apart from them.
    const printed = printedChart(chartOption(table, untitled), REPORT_CHART_SIZE.width, REPORT_CHART_SIZE.height);
    // On paper the legend names all ten districts, on rows of its own below the plot.
    expect(printed.height).toBeGreaterThan(REPORT_CHART_SIZE.height);
    expect(chart!.height).toBe(printed.height);
    const drawn = chartSvg(printed.option, REPORT_CHART_SIZE.width, printed.height);
    const texts = chart!.svg!.replace(/&#39;|&apos;/g, "'");
    for (const unit of table.items.ou) expect(texts).toContain(`>${unit.name}<`);
    expect(sameIds(chart!.svg!)).toBe(sameIds(drawn));

    // A value of the chart changes: the stored report keeps its chart; regenerating the draft redraws it.
    const cell = await storedCell(rt, 'SXHD_CASES');
    const put = await admin.request('PUT', '/api/data-values', { ...cell, value: String(Number(cell.value) + 40) });
    expect(put.statusCode, put.body).toBe(200);
    const again = (await staff.request('GET', `/api/reports/instances/${created.json().id}`)).json();
    expect((again.document as ReportDocument).charts![0]!.svg).toBe(chart!.svg);
    // Drawn now, the chart differs: the stored one is the chart as it was when the report was written.
    const now = (await staff.request('POST', '/api/analytics', { ...QUERY, referenceDate: '2023-12-01' })).json();
    const redrawn = printedChart(chartOption(now, untitled), REPORT_CHART_SIZE.width, REPORT_CHART_SIZE.height);
    expect(sameIds(chartSvg(redrawn.option, REPORT_CHART_SIZE.width, redrawn.height))).not.toBe(sameIds(drawn));
    const regen = await staff.request('POST', `/api/reports/instances/${created.json().id}/regenerate`, {
      baseVersion: 1,
      includeDrafts: true,
    });
    expect(regen.statusCode, regen.body).toBe(200);
    expect(sameIds((regen.json().document as ReportDocument).charts![0]!.svg!)).not.toBe(sameIds(chart!.svg!));

    // The .docx: an appendix after the signature holding the chart as SVG with its PNG.
    const docx = await rt.users.viewer.request(
      'GET',
      `/api/reports/instances/${created.json().id}/download?format=docx`,
    );
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const png = await zip.file(media.find((f) => f.endsWith('.png'))!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(xml.indexOf('PHỤ LỤC: BIỂU ĐỒ')).toBeGreaterThan(xml.indexOf('Nơi nhận:'));
    expect(xml).toContain(`Biểu đồ 1. ${LINE.title}`);
    const embeds = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds).toHaveLength(2);
    for (const rid of embeds) {
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="media/([^"]+)"`).exec(rels) ??
        new RegExp(`Target="media/([^"]+)"[^>]*Id="${rid}"`).exec(rels);
      expect(target, rid).not.toBeNull();
      expect(media).toContain(`word/media/${target![1]}`);
    }
  });

  it('says in the report why a chart is missing: its favourite was deleted, or it has no data', async () => {
    const { staff, district } = rt.users;
    const id = await saveFavourite(staff, favourite({ name: 'Sẽ xóa' }));
    const empty = await saveFavourite(staff, favourite({ name: 'Năm 2015', query: { ...QUERY, pe: ['2015'] } }));
    expect((await putCharts(district, '615', [])).statusCode).toBe(200);
    expect((await putCharts(staff, '616', [id, empty])).statusCode).toBe(200);
    expect((await staff.request('DELETE', `/api/analytics/favourites/${id}`)).statusCode).toBe(204);
    const doc = (
      await staff.request('GET', `/api/reports/monthly?org=616&period=${PERIOD}&format=json&includeDrafts=true`)
    ).json() as ReportDocument;
    expect(doc.charts).toEqual([
      expect.objectContaining({ favourite: id, svg: null, problem: expect.stringContaining('không còn') }),
      expect.objectContaining({ favourite: empty, svg: null, problem: expect.stringContaining('Không có số liệu') }),
    ]);
  });

  it('leaves a report with no chart named as it was: no charts key, no appendix', async () => {
    const { district } = rt.users;
    const res = await district.request(
      'GET',
      `/api/reports/monthly?org=615&period=${PERIOD}&format=json&includeDrafts=true`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).not.toHaveProperty('charts');
    const docx = await district.request(
      'GET',
      `/api/reports/monthly?org=615&period=${PERIOD}&format=docx&includeDrafts=true`,
    );
    const zip = await JSZip.loadAsync(docx.rawPayload);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(await zip.file('word/document.xml')!.async('string')).not.toContain('PHỤ LỤC');
  });
});
