import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/** Two people on one cell: the second save is refused until its author chooses, and nothing is overwritten unseen. */
describe('a cell changed by someone else meanwhile', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  /** Another tab of the department saves the cell behind the grid's back. */
  const saveElsewhere = (page: Page, value: string) =>
    page.evaluate(async (v) => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const body = { dataElement: 'SXHD_CASES', orgUnit: '612', period: '202401', value: v };
      const res = await fetch('/api/data-values', { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
      return res.status;
    }, value);

  it('shows who changed the cell and keeps the typed figure only when asked', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/nhap-lieu?dataSet=BTN_THANG&orgUnit=612&period=202401`);
    const cell = page.getByTestId('cell-SXHD_CASES-default');
    await cell.waitFor();
    expect(await saveElsewhere(page, '7')).toBe(200);

    await cell.click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('data-state')).toBe('conflict');
    const popover = page.getByTestId('cell-conflict');
    await expect(popover.innerText()).resolves.toContain('sửa thành 7');
    await screenshot(page, 'cell-conflict');

    await page.getByTestId('cell-conflict-keep').click();
    await expect.poll(() => cell.getAttribute('data-state')).toBe('saved');
    const audit: { audit: { oldValue: string | null; newValue: string | null }[] } = await page.evaluate(async () =>
      (await fetch('/api/data-values/audit?dataElement=SXHD_CASES&orgUnit=612&period=202401')).json(),
    );
    expect(audit.audit.map((a) => `${a.oldValue}→${a.newValue}`)).toEqual(['7→5', 'null→7']);
  });
});
