import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element not shown');
  return found;
}

/** Whether the page would make the browser ask before closing or reloading it (runs in the page). */
function asksBeforeUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Đăk Hà's reporter types a value the grid refuses (server clock 3 January 2024, January's form open). The one value
 * stored is deleted again, so the journey leaves the form as data-entry.spec.ts expects it.
 */
describe('the entry grid keeps what the user typed', () => {
  const url = inject('sytUrl');
  const form = 'dataSet=BTN_THANG&orgUnit=615&period=202401';
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'dakha');
    await page.goto(`${url}/nhap-lieu?${form}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cell = () => page.getByTestId('cell-QUAIBI_CASES-default');
  const toasts = () => page.locator('.mantine-Notification-root');

  it('a refused value: the toast stays clear of the user and sign-out, and goes when a new result shows', async () => {
    await cell().click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell().getAttribute('data-state')).toBe('error');

    await page.getByTestId('form-submit').click();
    await expect.poll(() => toasts().count()).toBe(1);
    await expect(toasts().innerText()).resolves.toContain('Còn 1 ô chưa lưu được');
    const toast = await box(toasts());
    expect(overlaps(toast, await box(page.getByTestId('current-user')))).toBe(false);
    expect(overlaps(toast, await box(page.getByRole('button', { name: 'Đăng xuất' })))).toBe(false);
    await screenshot(page, 'entry-grid-refused-toast');

    // A second failure replaces the first toast rather than stacking beside it.
    await page.getByTestId('form-submit').click();
    await expect.poll(() => toasts().count()).toBe(1);

    // The check's result shows in the page: the earlier failure no longer stands beside it.
    await page.getByTestId('form-validate').click();
    await page.locator('[data-testid="validation-ok"], [data-testid="validation-results"]').first().waitFor();
    await expect.poll(() => toasts().count()).toBe(0);
  });

  it('leaving the form with the refused value asks first; staying keeps it', async () => {
    await page.getByRole('link', { name: 'Trang chủ' }).click();
    const guard = page.getByRole('dialog', { name: 'Rời biểu mẫu khi còn ô chưa lưu?' });
    await guard.waitFor();
    await expect(guard.innerText()).resolves.toContain('Còn 1 ô chưa lưu được');
    await screenshot(page, 'entry-grid-leave-guard');
    await page.getByTestId('unsaved-stay').click();
    await guard.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/nhap-lieu');
    await expect(cell().inputValue()).resolves.toBe('abc');
  });

  it('closing or reloading the tab would get the browser question; leaving anyway drops the value', async () => {
    // Headless Chromium shows no beforeunload dialog: check that the page asks for one.
    await expect(page.evaluate(asksBeforeUnload)).resolves.toBe(true);
    await page.getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByTestId('unsaved-leave').click();
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.evaluate(asksBeforeUnload)).resolves.toBe(false);
  });

  it('a value that is saved lets the user leave without a question', async () => {
    await page.goto(`${url}/nhap-lieu?${form}`);
    await cell().click();
    await page.keyboard.type('5');
    // Leaving by the menu blurs the cell, which sends the value; the guard waits for it instead of asking.
    await page.getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.getByTestId('unsaved-guard').count()).resolves.toBe(0);
    const stored: { dataValues: { dataElement: string; value: string }[] } = await page.evaluate(async () =>
      (await fetch('/api/data-values?orgUnit=615&period=202401')).json(),
    );
    expect(stored.dataValues.find((v) => v.dataElement === 'QUAIBI_CASES')?.value).toBe('5');

    await page.goto(`${url}/nhap-lieu?${form}`);
    await cell().click();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell().getAttribute('data-state')).toBe('saved');
    await expect(page.evaluate(asksBeforeUnload)).resolves.toBe(false);
  });
});
