import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/**
 * Staff attach a saved chart to Kon Tum city's reports (server clock 3 January 2024): picked in "Biểu đồ kèm báo
 * cáo", it is stored in the city's report settings and drawn into the appendix of the city's November 2023 .docx.
 * The chart's "my unit" is the report's unit, the city, whoever saved it. The city's own reports, so the province's
 * reports other journeys read stay as seed 001 writes them.
 */
describe('a chart attached to the monthly report', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('stores the chosen chart in the settings and prints it in the .docx', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    const name = 'Sốt xuất huyết Dengue, 12 tháng';
    const id = await page.evaluate(async (name) => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const response = await fetch('/api/analytics/favourites', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          name,
          kind: 'chart',
          query: { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT'], pe: ['LAST_12_MONTHS'] },
          layout: { type: 'line', series: 'ou', category: 'pe' },
          sharing: { users: [], roles: [] },
        }),
      });
      return ((await response.json()) as { id: number }).id;
    }, name);

    await page.goto(`${url}/bao-cao?org=608&period=202311`);
    const select = page.getByTestId('report-charts');
    await select.click();
    await page.getByRole('option', { name }).click();
    const settings = async () =>
      page.evaluate(
        async () => ((await (await fetch('/api/reports/settings?org=608')).json()) as { charts: number[] }).charts,
      );
    await expect.poll(settings).toEqual([id]);
    await page.keyboard.press('Escape');
    // The preview, written again with the setting, ends with the appendix showing the chart.
    const appendix = page.getByTestId('report-charts-appendix');
    await appendix.getByRole('img', { name }).waitFor();
    expect(await appendix.innerText()).toContain(`Biểu đồ 1. ${name}`);
    await screenshot(page, 'report-charts-setting');

    const docx = await page.evaluate(async () => {
      const response = await fetch('/api/reports/monthly?org=608&period=202311&format=docx');
      return { status: response.status, size: (await response.arrayBuffer()).byteLength };
    });
    expect(docx.status).toBe(200);
    const json = await page.evaluate(
      async () =>
        (await (await fetch('/api/reports/monthly?org=608&period=202311&format=json')).json()) as {
          charts?: { favourite: number; svg: string | null }[];
        },
    );
    expect(json.charts?.map((c) => c.favourite)).toEqual([id]);
    expect(json.charts?.[0]?.svg).toMatch(/^<svg/);

    // Cleared again, so the other journeys read the city's report without an appendix.
    await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      await fetch('/api/reports/settings?org=608', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ charts: [] }),
      });
    });
    await expect.poll(settings).toEqual([]);
  });
});
