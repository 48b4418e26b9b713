import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/**
 * The server's clock is 3 January 2024 (global setup): week 1 of 2024 (01/01–07/01) has begun, so the Đăk Hà
 * reporter can enter it on the weekly notifiable-disease form, in the same grid as the monthly one.
 */
describe('a district enters a week of notifiable diseases', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();
  const cell = (page: Page, element: string) => page.getByTestId(`cell-${element}-default`);

  async function choose(page: Page, testId: string, option: string): Promise<void> {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('the Đăk Hà reporter picks BTN_TUAN and week 1 of 2024, enters dengue cases, and finds them after a reload', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'dakha');
    await page.goto(`${url}/nhap-lieu`);
    await choose(page, 'pick-data-set', 'Báo cáo tuần bệnh truyền nhiễm');
    // The weekly form opens on last week, named with its days.
    await expect.poll(() => page.getByTestId('pick-period-position').inputValue()).toBe('Tuần 52/2023 (25/12 – 31/12/2023)');
    await choose(page, 'pick-period-year', '2024');
    await choose(page, 'pick-period-position', 'Tuần 1/2024 (01/01 – 07/01/2024)');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2024W01');

    await cell(page, 'SXHD_CASES').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-SXHD_DEATHS-default');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'SXHD_CASES').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => cell(page, 'SXHD_DEATHS').getAttribute('data-state')).toBe('saved');

    await page.reload();
    await expect.poll(() => cell(page, 'SXHD_CASES').inputValue()).toBe('4');
    await expect.poll(() => page.getByTestId('pick-period-position').inputValue()).toBe('Tuần 1/2024 (01/01 – 07/01/2024)');
    await screenshot(page, 'weekly-entry');

    const stored: { dataValues: { dataElement: string; value: string }[] } = await page.evaluate(async () =>
      (await fetch('/api/data-values?orgUnit=615&period=2024W01')).json(),
    );
    expect(stored.dataValues.map((v) => `${v.dataElement}=${v.value}`).sort()).toEqual(['SXHD_CASES=4', 'SXHD_DEATHS=0']);
    // The week reads 4; January's monthly form is another report of the same cases, so the week is not added to it.
    const read = (from: string) =>
      page.evaluate(async (q) => ((await (await fetch(`/api/aggregate?item=SXHD_CASES&orgUnit=615&from=${q}&to=${q}`)).json()) as { value: number | null }).value, from);
    expect(await read('2024W01')).toBe(4);
    expect(await read('202401')).toBeNull();
  });

  it('the department officer sees week 51 of 2023 sent by every district in the completeness view', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao/tinh-hinh-nop?dataSet=BTN_TUAN&period=2023W51`);
    await page.locator('[data-testid="completeness-row"][data-org-unit="615"]').waitFor();
    expect(await page.locator('[data-testid="completeness-row"]').count()).toBe(10);
    await expect(page.getByTestId('reporting-rate').innerText()).resolves.toContain('100%');
    expect(await page.getByTestId('pick-period-position').inputValue()).toBe('Tuần 51/2023 (18/12 – 24/12/2023)');
    await screenshot(page, 'weekly-completeness');
  });
});
