import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/** A signed decision as a scanner's PDF starts. */
const SIGNED_PDF = Buffer.from('%PDF-1.4\nQuyết định số 15/QĐ-SYT\n%%EOF');

/** Staff record the 2023 decision's targets and read their achievement (server clock 3 January 2024). */
describe('plan targets', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('are given by decision, judged against the year\'s figures, adjusted only by a new decision, and keep their history', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao/chi-tieu?org=62&year=2023`);
    await page.getByTestId('target-set').click();
    const form = page.getByTestId('target-form');
    await form.getByTestId('target-org-unit').click();
    await page.getByRole('option', { name: 'Tỉnh Kon Tum', exact: true }).click();
    await form.getByTestId('target-item').fill('luot kham');
    await page.getByRole('option', { name: 'Số lượt khám bệnh, chữa bệnh' }).click();
    await form.getByTestId('target-value').fill('500000');
    await form.getByTestId('target-measure').fill('lượt');
    await form.getByTestId('target-decision-number').fill('15/QĐ-SYT');
    await form.getByTestId('target-decision-date').fill('10/01/2023');
    // The signed decision goes with it.
    await form.locator('input[type="file"]').setInputFiles({ name: 'qd-15-syt.pdf', mimeType: 'application/pdf', buffer: SIGNED_PDF });
    await form.getByTestId('target-save').click();
    await form.waitFor({ state: 'hidden' });

    const row = page.locator('[data-testid="target-row"][data-item="KCB_VISITS"]');
    await expect.poll(() => row.innerText()).toContain('Số 15/QĐ-SYT ngày 10/01/2023');
    const text = await row.innerText();
    expect(text).toContain('≥ 500.000 lượt');
    expect(await row.getByTestId('target-decision-file-link').innerText()).toContain('Bản đã ký');
    // The figures run to the last month reported (December's forms may still be drafts on 3 January).
    const through = await page.evaluate(async () => {
      const { targets } = (await (await fetch('/api/targets?org=62&year=2023')).json()) as { targets: { item: { code: string }; achievement: { to: string } }[] };
      return targets.find((t) => t.item.code === 'KCB_VISITS')!.achievement.to;
    });
    expect(text).toContain(`Tháng 1/2023 – Tháng ${Number(through.slice(4))}/2023`);
    await expect(row.locator('[data-status]').first().innerText()).resolves.toMatch(/^(Vượt|Đạt|Không đạt)$/);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await screenshot(page, 'targets');

    // The same decision again is refused under its field; a new one adjusts the target.
    await row.getByTestId('target-adjust').click();
    await form.getByTestId('target-value').fill('450000');
    await form.getByTestId('target-decision-number').fill('15/QĐ-SYT');
    await form.getByTestId('target-save').click();
    await expect.poll(() => form.innerText()).toContain('cần nhập quyết định điều chỉnh mới');
    await form.getByTestId('target-decision-number').fill('80/QĐ-SYT');
    await form.getByTestId('target-save').click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => row.innerText()).toContain('≥ 450.000 lượt');
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    const history = page.getByTestId('target-history');
    await expect.poll(() => history.innerText()).toContain('80/QĐ-SYT');
    expect(await history.innerText()).toContain('15/QĐ-SYT');
    // The first decision's signed file is there to download; the adjustment's can still be attached.
    const firstRevision = history.locator('[data-testid="target-revision"][data-revision="1"]');
    const [signed] = await Promise.all([page.waitForEvent('download'), firstRevision.getByRole('link', { name: 'qd-15-syt.pdf' }).click()]);
    expect((await readFile(await signed.path())).equals(SIGNED_PDF)).toBe(true);
    const latest = history.locator('[data-testid="target-revision"][data-revision="2"]');
    await latest.locator('input[type="file"]').setInputFiles({ name: 'qd-80-syt.pdf', mimeType: 'application/pdf', buffer: SIGNED_PDF });
    await expect.poll(() => latest.innerText()).toContain('qd-80-syt.pdf');
    await screenshot(page, 'targets-history-files');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    // Phụ lục I: an .xlsx whose sheet holds the province's target as the page shows it.
    const [appendix] = await Promise.all([page.waitForEvent('download'), page.getByTestId('targets-appendix-I').click()]);
    expect(appendix.suggestedFilename()).toBe('phu-luc-I-chi-tieu-62-2023.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await appendix.path())) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const visitsRow = rows.find((r) => String(r[1]).startsWith('Số lượt khám bệnh, chữa bệnh'));
    expect(visitsRow?.slice(2, 4)).toEqual(['lượt', 450_000]);
    expect(rows.some((r) => String(r[0]).includes('Kèm theo Báo cáo số'))).toBe(true);
    // Phụ lục II: the targets the demo's decision gave the districts, one row per district × target.
    const [byUnit] = await Promise.all([page.waitForEvent('download'), page.getByTestId('targets-appendix-II').click()]);
    expect(byUnit.suggestedFilename()).toBe('phu-luc-II-chi-tieu-62-2023.xlsx');
    const unitBook = new ExcelJS.Workbook();
    await unitBook.xlsx.load((await readFile(await byUnit.path())) as unknown as ExcelJS.Buffer);
    const unitRows: unknown[][] = [];
    unitBook.worksheets[0]!.eachRow((r) => unitRows.push((r.values as unknown[]).slice(1)));
    expect(unitRows.some((r) => r.includes('Đăk Hà'))).toBe(true);
    expect(unitRows.some((r) => r.includes('Tỉnh Kon Tum'))).toBe(false);
  });
});
