import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ReportDocument } from '@syt/core/report/model.ts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, sharedBrowser, signIn } from './support/browser.ts';

/** The department's periodic reports (server clock 3 January 2024, demo data to December 2023). */
describe('the department writes the quarterly and annual reports', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

  it("picks Báo cáo quý, previews 2023 Q3's report and creates it", async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao?org=62&period=202311`);
    await page.getByTestId('pick-report-kind').click();
    await page.getByRole('option', { name: 'Báo cáo quý' }).click();
    // The kind's default period: the last quarter ended on 03/01/2024.
    await page.waitForURL(/kind=quarterly&period=2023Q4|period=2023Q4&kind=quarterly/);
    await page.goto(`${url}/bao-cao?org=62&kind=quarterly&period=2023Q3`);
    const paper = page.getByTestId('report-paper');
    await paper.waitFor();
    await expect.poll(() => paper.innerText()).toContain('Tình hình thực hiện nhiệm vụ quý III năm 2023');
    const text = await paper.innerText();
    expect(text).toContain('Tình hình dịch bệnh quý III năm 2023:');
    expect(text).toMatch(/Trong quý, ghi nhận \d+ ca mắc mới/u);
    await shot(page, 'report-quarterly-preview');

    const toolbar = page.getByTestId('report-toolbar');
    const create = page.getByTestId('report-create');
    await toolbar.or(create).waitFor();
    if (await create.isVisible()) await create.click();
    await toolbar.waitFor();
    const stored = await page.evaluate(async () => {
      const list = (await (await fetch('/api/reports/instances?org=62&kind=quarterly&period=2023Q3')).json()) as { reports: { id: number }[] };
      return ((await (await fetch(`/api/reports/instances/${list.reports[0]!.id}`)).json()) as { document: ReportDocument }).document;
    });
    expect(stored).toMatchObject({ kind: 'quarterly', period: '2023Q3' });

    // A sentence's figures are named as the quarter's.
    const sentence = page.locator('[data-testid="generated-sentence"][data-block-id="disease.TCM"]').first();
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    await expect(page.getByTestId('figure-popover').innerText()).resolves.toContain('Kỳ này');
    await shot(page, 'report-quarterly-editor');
  });

  it("previews the annual review of 2023 under its title, the year's plan targets first as a table, and downloads it", async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await signIn(page, url, 'chuyenvien');
    // A target of the province for 2023 (dengue cases at most 900), given as staff give it through the API.
    const status = await page.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
      const body = { year: 2023, orgUnit: '62', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 900, decision: { number: '21/QĐ-SYT', date: '2023-01-12' } };
      const res = await fetch('/api/targets', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
      return res.status;
    });
    expect([201, 409]).toContain(status);
    await page.goto(`${url}/bao-cao?org=62&kind=annual&period=2023`);
    const paper = page.getByTestId('report-paper');
    await paper.waitFor();
    await expect.poll(() => paper.innerText()).toMatch(/tổng kết năm 2023 và phương hướng, nhiệm vụ năm 2024/iu);
    const text = await paper.innerText();
    expect(text).toContain('1. Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023:');
    expect(text).toContain('Trong năm, ghi nhận');
    const table = page.getByTestId('report-table-targets');
    await expect(table.innerText()).resolves.toMatch(/Số ca mắc sốt xuất huyết Dengue|SXHD|sốt xuất huyết/iu);
    await expect(table.innerText()).resolves.toContain('≤ 900');
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'report-annual-preview');

    // Created, it downloads as a .docx whose targets are a Word table.
    const toolbar = page.getByTestId('report-toolbar');
    const create = page.getByTestId('report-create');
    await toolbar.or(create).waitFor();
    if (await create.isVisible()) await create.click();
    await toolbar.waitFor();
    await page.getByTestId('download-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-tong-ket-nam-2023.docx');
    const xml = await (await JSZip.loadAsync(await readFile(await download.path()))).file('word/document.xml')!.async('string');
    const targets = xml.split('<w:tbl>').slice(1).find((t) => t.includes('Kế hoạch năm 2023'));
    expect(targets, 'a Word table holds the targets').toBeDefined();
    expect(targets).toContain('≤ 900');
  });
});
