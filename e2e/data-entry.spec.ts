import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/** The server's clock is 3 January 2024 (global setup): January's district form is open and due on 5 February. */
describe('a district reports and the department sees it', () => {
  const url = inject('sytUrl');
  const form = 'dataSet=BTN_THANG&orgUnit=615&period=202401';
  const browser = sharedBrowser();

  const cell = (page: Page, element: string) => page.getByTestId(`cell-${element}-default`);

  it('the Đăk Hà reporter fills two cells with the keyboard and submits on time', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'dakha');
    await page.goto(`${url}/nhap-lieu?${form}`);
    await cell(page, 'TCM_CASES').click();
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-TCM_DEATHS-default');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'TCM_CASES').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => cell(page, 'TCM_DEATHS').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('form-submit').click();
    await expect.poll(() => page.getByTestId('form-status').innerText()).toContain('Đã nộp đúng hạn');
    // Who sent it reads as the account's display name, not the login name.
    await expect.poll(() => page.getByText(/^Nộp lúc /).innerText()).toMatch(/\(TTYT huyện Đăk Hà\)$/);
    await screenshot(page, 'data-entry-submitted');

    const stored: { dataValues: { dataElement: string; value: string }[] } = await page.evaluate(async () =>
      (await fetch('/api/data-values?orgUnit=615&period=202401')).json(),
    );
    expect(stored.dataValues.map((v) => `${v.dataElement}=${v.value}`).sort()).toEqual([
      'TCM_CASES=3',
      'TCM_DEATHS=0',
    ]);
  });

  it('the department officer sees the form submitted on time in the completeness view', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao/tinh-hinh-nop?dataSet=BTN_THANG&period=202401`);
    const row = page.locator('[data-testid="completeness-row"][data-org-unit="615"]');
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('Đã nộp đúng hạn');
    await expect(page.locator('[data-testid="completeness-row"][data-org-unit="612"]').innerText()).resolves.toContain('Chưa nhập');
    await expect(page.getByTestId('reporting-rate').innerText()).resolves.toContain('10%');
    await screenshot(page, 'completeness');
  });
});
