import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';

const WIDTH = 390;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element not shown');
  return found;
}

/** Elements under `root` whose text is cut (wider than their box): an ellipsis hides part of it. */
async function cutTexts(root: Locator): Promise<string[]> {
  return root.evaluate((element) =>
    Array.from(element.querySelectorAll<HTMLElement>('*'))
      .filter((e) => e.children.length === 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent ?? ''),
  );
}

/** Đăk Hà's reporter on a phone 390 px wide (server clock 3 January 2024). Screenshots in test-results/screenshots. */
describe('on a phone', () => {
  const url = inject('sytUrl');
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: WIDTH, height: 844 } });
    await signIn(page, url, 'dakha');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the home page shows the user, whole form names, and says where the menu is', async () => {
    // January's form is listed until data-entry.spec.ts submits it; either way no text on the page may be cut.
    await page.locator('[data-testid="pending-form"], [data-testid="pending-empty"]').first().waitFor();
    await expect(page.getByTestId('current-user').innerText()).resolves.toContain('Đăk Hà');
    expect(await cutTexts(page.locator('main'))).toEqual([]);
    await expect(page.getByTestId('welcome-card').innerText()).resolves.toContain('nút ☰');
    await screenshot(page, 'phone-home');
  });

  it('the entry grid shows the deaths column, and the cell panel opens at hand', async () => {
    await page.goto(`${url}/nhap-lieu?dataSet=BTN_THANG&orgUnit=615&period=202401`);
    const firstBlock = page.locator('table').first();
    const deaths = firstBlock.getByRole('columnheader', { name: 'Tử vong' });
    const section = page.locator('[data-testid^="section-"]').first();
    expect((await box(deaths)).x + (await box(deaths)).width).toBeLessThanOrEqual(
      (await box(section)).x + (await box(section)).width,
    );
    expect((await box(section)).x + (await box(section)).width).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'phone-entry-grid');

    await page.getByTestId('cell-TCM_CASES-default').click();
    await page.getByTestId('cell-panel-open').click();
    const panel = page.getByTestId('cell-panel');
    await panel.getByText('Số liệu 12 tháng gần nhất').waitFor();
    // On screen, not 2,500 px down the page under the grid (polled: the drawer slides up from below the screen).
    await expect.poll(async () => (await box(panel)).y).toBeLessThan(844);
    expect((await box(panel)).y).toBeGreaterThanOrEqual(0);
    await expect(panel.innerText()).resolves.toContain('Tay - Chân - Miệng');
    await screenshot(page, 'phone-cell-panel');
  });
});
