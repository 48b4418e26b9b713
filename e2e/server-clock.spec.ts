import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, signIn } from './support/browser.ts';

/**
 * The server's clock is 3 January 2024 (global setup, SYT_NOW) while the browser's is today's: every page that picks
 * a period by itself picks the month before the server's month, December 2023, never one from the browser's year.
 */
describe("the web takes today from the server's clock", () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  async function signedInPage(username: string): Promise<Page> {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await signIn(page, url, username);
    return page;
  }

  /** The month and year a period picker shows. */
  async function shownPeriod(page: Page, testId: string): Promise<string> {
    await page.getByTestId(`${testId}-year`).waitFor();
    return `${await page.getByTestId(`${testId}-position`).inputValue()} ${await page.getByTestId(`${testId}-year`).inputValue()}`;
  }

  /** Picks an option of a Mantine select. */
  async function choose(page: Page, testId: string, option: string): Promise<void> {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('is not the browser clock here', () => {
    expect(new Date().getFullYear()).toBeGreaterThan(2024);
  });

  it('opens data entry, completeness and the report on December 2023', async () => {
    const reporter = await signedInPage('dakha');
    await reporter.goto(`${url}/nhap-lieu`);
    // Đăk Hà has a monthly and a weekly disease form: the reporter picks the monthly one.
    await choose(reporter, 'pick-data-set', 'Báo cáo bệnh truyền nhiễm tháng');
    await expect.poll(() => new URL(reporter.url()).searchParams.get('period')).toBe('202312');
    expect(await shownPeriod(reporter, 'pick-period')).toBe('Tháng 12 2023');

    const officer = await signedInPage('chuyenvien');
    await officer.goto(`${url}/bao-cao/tinh-hinh-nop`);
    expect(await shownPeriod(officer, 'pick-period')).toBe('Tháng 12 2023');
    // December's forms are due on 5 January: none is late yet, and the districts are listed, not 0 of 0.
    await officer.locator('[data-testid="completeness-row"]').first().waitFor();
    expect(await officer.locator('[data-testid="completeness-row"]').count()).toBeGreaterThan(0);

    await officer.goto(`${url}/bao-cao`);
    expect(await shownPeriod(officer, 'pick-report-period')).toBe('Tháng 12 2023');
    // The newest year offered is the server's, not the browser's.
    await officer.getByTestId('pick-report-period-year').click();
    expect(await officer.getByRole('option').first().innerText()).toBe('2024');
  });

  it('exports December 2023 by default, and says so when a choice holds no values', async () => {
    const officer = await signedInPage('chuyenvien');
    await officer.goto(`${url}/nhap-lieu/nhap-tep`);
    expect(await shownPeriod(officer, 'export-from')).toBe('Tháng 12 2023');
    expect(await shownPeriod(officer, 'export-to')).toBe('Tháng 12 2023');
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^syt-62-202312\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);

    // The demo's figures start in 2019: December 2018 has none.
    await choose(officer, 'export-from-year', '2018');
    await choose(officer, 'export-to-year', '2018');
    await officer.getByTestId('export-download').click();
    await expect.poll(() => officer.getByTestId('export-error').innerText()).toContain('Không có số liệu nào để xuất');
  });

  it('offers the viewer no import, only the export', async () => {
    const viewer = await signedInPage('xem');
    await viewer.goto(`${url}/nhap-lieu/nhap-tep`);
    await viewer.getByTestId('export-download').waitFor();
    expect(await viewer.getByTestId('import-file').count()).toBe(0);
    expect(await viewer.getByTestId('tab-files').innerText()).toBe('Xuất tệp');
  });

  it('serves an icon at /favicon.ico and 404 for a file that does not exist', async () => {
    const icon = await fetch(`${url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/icon/);
    expect((await fetch(`${url}/khong-co.png`)).status).toBe(404);
  });
});
