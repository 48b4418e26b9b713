import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

const DISTRICTS = ['615', '612', '608'];
const MONTHS = ['201901', '202007', '202311'];
const NAME = 'Sốt xuất huyết theo huyện, 2019–2023';

/** A figure as the pivot writes it (`1.234`, `—` for no data), as a number or null. */
const figure = (text: string) => (text.trim() === '—' ? null : Number(text.trim().replace(/\./g, '').replace(',', '.')));

/** The pivot cell of a unit's row and a month's column, as a number or null. */
async function cell(page: Page, unit: string, column: string): Promise<number | null> {
  const td = page.locator(`[data-testid="pivot-table"] tr[data-row="${unit}"] td[data-column="${column}"]`);
  return figure(await td.innerText());
}

/** GET /api/aggregate for one unit and a range, with the page's session. */
async function aggregate(page: Page, url: string, orgUnit: string, from: string, to = from): Promise<number | null> {
  const query = new URLSearchParams({ item: 'SXHD_CASES', orgUnit, from, to });
  const response = await page.request.get(`${url}/api/aggregate?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { value: number | null }).value;
}

/** Every checked cell of the pivot equals /api/aggregate for the same unit and month, and each row's total its range. */
async function expectCellsMatchAggregate(page: Page, url: string): Promise<void> {
  for (const unit of DISTRICTS) {
    for (const month of MONTHS) expect(await cell(page, unit, month), `${unit} ${month}`).toBe(await aggregate(page, url, unit, month));
    expect(await cell(page, unit, 'TOTAL'), `${unit} total`).toBe(await aggregate(page, url, unit, '201901', '202312'));
  }
}

/** Types into a searchable select and picks the option. */
/** The pivot's .xlsx export, read back: Đăk Hà's checked months equal /api/aggregate. */
async function expectXlsxMatchesAggregate(page: Page, url: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analytics-export-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  const rows = sheet.getSheetValues() as unknown[][];
  const header = rows.find((r) => r?.includes('Tháng 11/2023'))!;
  const dakHa = rows.find((r) => r?.[1] === 'Đăk Hà')!;
  for (const month of ['Tháng 1/2019', 'Tháng 7/2020', 'Tháng 11/2023']) {
    const [m, y] = month.slice(6).split('/');
    const code = `${y}${m!.padStart(2, '0')}`;
    expect(dakHa[header.indexOf(month)] ?? null, month).toBe(await aggregate(page, url, '615', code));
  }
}

/** Types into a searchable select and picks the option. */
async function pick(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await page.getByTestId(testId).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a select that takes no typing and picks the option. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  // The field's box takes the click, the hidden input under it does not.
  await page.getByTestId(testId).locator('xpath=ancestor::div[contains(@class, "mantine-MultiSelect-input")]').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

/**
 * Staff build a pivot of dengue cases by district × month for 2019–2023, check it against /api/aggregate, draw it as a
 * line chart, save it shared with leaders and put it on a dashboard; a leader opens it by its address and sees the same figures. Server
 * clock: 3 January 2024.
 */
describe('analytics: pivot, chart and favourite', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();
  let favouriteUrl = '';

  it('staff build the pivot, check it against the API, draw it and save it for leaders', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/phan-tich`);
    await pick(page, 'analytics-dx', 'so mac', 'Sốt xuất huyết Dengue: số mắc');
    await page.keyboard.press('Escape');
    await pick(page, 'analytics-ou', 'cap huyen', 'Tất cả đơn vị cấp huyện');
    await page.keyboard.press('Escape');
    for (const year of ['2019', '2020', '2021', '2022', '2023']) await pick(page, 'analytics-years', year, year);
    await page.keyboard.press('Escape');
    await page.getByTestId('analytics-update').click();

    await page.locator('[data-testid="pivot-table"] tr[data-row="615"]').waitFor();
    const address = new URL(page.url());
    expect(address.searchParams.get('dx')).toBe('SXHD_CASES');
    expect(address.searchParams.get('ou')).toBe('LEVEL-2');
    expect(address.searchParams.get('pe')?.split(';')).toHaveLength(60);
    // Units without a dengue figure (the CDC, the population office) are hidden: the rows are districts.
    expect(await page.locator('[data-testid="pivot-table"] tr[data-row="KT_CDC"]').count()).toBe(0);
    await expectCellsMatchAggregate(page, url);
    await expect.poll(() => page.getByTestId('pivot-table').innerText()).toContain('Tháng 11/2023');
    await screenshot(page, 'analytics-pivot');
    await expectXlsxMatchesAggregate(page, url);

    // A click on the total's header sorts the districts by it, largest first; the address keeps the order.
    await page.getByTestId('pivot-table').getByRole('button', { name: 'Tổng', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('TOTAL:desc');
    const totals = await page.locator('[data-testid="pivot-table"] tbody tr[data-kind="item"] td[data-column="TOTAL"]').allInnerTexts();
    const figures = totals.map(figure);
    expect(figures.length).toBeGreaterThan(5);
    expect(figures).toEqual([...figures].sort((a, b) => (b ?? -1) - (a ?? -1)));

    await page.getByTestId('analytics-toggle-view').click();
    await page.getByTestId('analytics-chart').locator('svg').waitFor();
    const legend = await page.getByTestId('analytics-chart').innerText();
    expect(legend).toContain('Đăk Hà');
    expect(new URL(page.url()).searchParams.get('chart')).toBe('line');
    await screenshot(page, 'analytics-chart');

    await page.getByTestId('analytics-save').click();
    const form = page.getByTestId('favourite-save-form');
    await form.getByTestId('favourite-name').fill(NAME);
    await choose(page, 'favourite-share-roles', 'Lãnh đạo');
    await form.getByTestId('favourite-save-submit').click();
    await page.waitForURL(/\/phan-tich\/yeu-thich\/\d+$/);
    favouriteUrl = page.url();
    await page.getByRole('heading', { name: NAME }).waitFor();

    await page.goto(`${url}/phan-tich/yeu-thich`);
    await expect.poll(() => page.getByTestId('favourites-table').innerText()).toContain(NAME);
    expect(await page.getByTestId('favourites-table').innerText()).toContain('Lãnh đạo');
    await screenshot(page, 'analytics-favourites');

    // The saved chart goes on a new dashboard.
    await page.goto(`${url}/bang-dieu-khien/moi`);
    const editor = page.getByTestId('dashboard-editor');
    await editor.getByTestId('editor-name').fill('Theo dõi sốt xuất huyết');
    await pick(page, 'editor-favourite-pick', 'theo huyen', `${NAME} (Biểu đồ)`);
    await editor.getByTestId('editor-favourite-add').click();
    await choose(page, 'editor-share-roles', 'Lãnh đạo');
    await editor.getByTestId('editor-save').click();
    await page.waitForURL(/\/bang-dieu-khien\/\d+$/);
    const card = page.getByTestId('dashboard-favourite').filter({ hasText: NAME });
    await card.getByTestId('analytics-chart').locator('svg').waitFor();
    await screenshot(page, 'analytics-dashboard');
    await page.close();
  });

  it('a leader opens the favourite by its address and sees the same figures; a viewer it is not shared with is refused', async () => {
    expect(favouriteUrl).not.toBe('');
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, url, 'lanhdao');
    await page.goto(favouriteUrl);
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByTestId('analytics-chart').locator('svg').waitFor();
    await page.getByTestId('analytics-toggle-view').click();
    await page.locator('[data-testid="pivot-table"] tr[data-row="615"]').waitFor();
    await expectCellsMatchAggregate(page, url);
    await screenshot(page, 'analytics-leader');
    await page.close();

    const viewer = await browser().newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(viewer, url, 'xem');
    await viewer.goto(favouriteUrl);
    await viewer.getByRole('alert').waitFor();
    expect(await viewer.getByRole('alert').innerText()).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    await viewer.close();

    // A link naming a unit outside the user's scope: the server refuses, the page says why in Vietnamese.
    const reporter = await browser().newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(reporter, url, 'dakha');
    await reporter.goto(`${url}/phan-tich?dx=SXHD_CASES&ou=62&pe=2023`);
    const refusal = reporter.getByTestId('analytics-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(await reporter.getByTestId('pivot-table').count()).toBe(0);
    await reporter.close();
  });
});
