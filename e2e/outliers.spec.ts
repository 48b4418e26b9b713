import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/** Bounds from the demo's history (server clock 3 January 2024): an outlier is flagged at entry and listed. */
describe('a value far outside its bounds', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('is flagged in the grid, asks for a comment, and is listed for follow-up beside the validation analysis', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/nhap-lieu?dataSet=BTN_THANG&orgUnit=617&period=202401`);
    const cell = page.getByTestId('cell-VGA_CASES-default');
    await cell.click();
    await page.keyboard.type('1000000000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('data-state')).toBe('error');
    // Enter moved on to the deaths cell: back to the refused one, whose reason the side panel shows.
    await cell.click();
    await expect.poll(() => page.getByTestId('cell-error').innerText()).toContain('1.000.000.000');

    await cell.fill('50');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('data-outlier')).toBe('true');
    await cell.click();
    const notice = page.getByTestId('cell-outlier');
    await expect.poll(() => notice.innerText()).toContain('ngoài ngưỡng');
    await expect.poll(() => notice.innerText()).toContain('ghi chú lý do');
    await screenshot(page, 'outlier-at-entry');
    await page.getByTestId('cell-comment').fill('Ổ dịch viêm gan A tại trường học');
    await page.getByTestId('cell-comment').blur();
    await expect.poll(() => notice.innerText()).toContain('Đã có ghi chú');
    // Opened again, the form still flags the value and shows its bounds.
    await page.reload();
    await expect.poll(() => cell.getAttribute('data-outlier')).toBe('true');
    await cell.click();
    await expect.poll(() => notice.innerText()).toContain('Đã có ghi chú');
    // "Kiểm tra số liệu" lists it beside the rules, with its comment.
    await page.getByTestId('form-validate').click();
    const listed = page.locator('[data-testid="check-outlier"][data-element="VGA_CASES"]');
    await expect.poll(() => listed.innerText()).toContain('Ổ dịch viêm gan A tại trường học');
    await expect.poll(() => listed.innerText()).toContain('50');
    await screenshot(page, 'outlier-in-check');

    await page.goto(`${url}/bao-cao/chat-luong-so-lieu?dataSet=BTN_THANG&orgUnit=617&from=202301&to=202401`);
    const row = page.getByRole('row').filter({ hasText: 'Bệnh viêm gan vi rút A: số mắc' }).filter({ hasText: '01/2024' });
    await expect.poll(() => row.innerText()).toContain('50');
    await expect.poll(() => row.innerText()).toContain('Ổ dịch viêm gan A tại trường học');
    const mark = row.getByRole('checkbox');
    expect(await mark.isChecked()).toBe(true);
    await screenshot(page, 'outlier-analysis');
    await mark.click();
    await expect.poll(() => mark.isChecked()).toBe(false);
    expect(await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).toContain('/api/quality/outliers/export?');

    // The same forms through the validation rules: thirteen months of Tu Mơ Rông, each with values.
    await page.getByRole('tab', { name: 'Vi phạm quy tắc kiểm tra' }).click();
    await expect.poll(() => page.getByText(/^Đã kiểm tra/).innerText()).toContain('Đã kiểm tra 13 biểu');
    expect(page.url()).toContain('view=rules');

    // The year of the last month, Tu Mơ Rông's January not yet due on 3 January.
    await page.getByRole('tab', { name: 'Tình hình nộp cả năm' }).click();
    const history = page.getByTestId('history-table');
    await expect.poll(() => history.getByLabel('Tháng 1: Chưa đến hạn', { exact: true }).count()).toBe(1);
    await screenshot(page, 'reporting-history');
  });
});
