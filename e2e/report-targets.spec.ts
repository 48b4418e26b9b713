import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/**
 * Staff turn on "Nêu tỷ lệ đạt chỉ tiêu kế hoạch năm" for Kon Tum city (server clock 3 January 2024): its November
 * 2023 report then cites the city's tuberculosis target beside the year's cases. The city's own report, so the
 * province's reports that other journeys read stay as seed 001 writes them.
 */
describe('the monthly report citing plan targets', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  /** Turns the switch to `on`, clicking again if a click landed while the page re-rendered it after the last save. */
  async function turn(toggle: Locator, on: boolean) {
    await expect
      .poll(async () => {
        if ((await toggle.isChecked()) !== on && (await toggle.isEnabled())) await toggle.click({ force: true });
        return toggle.isChecked();
      }, { interval: 500 })
      .toBe(on);
  }

  it('cites the share of the plan once staff turn the setting on, and none once they turn it off', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao?org=608&period=202311`);
    const tuberculosis = page.locator('[data-testid="generated-sentence"][data-block-id="disease.LAO"]');
    await tuberculosis.first().waitFor();
    const text = async () => (await tuberculosis.allInnerTexts()).join(' ');
    expect(await text()).not.toContain('kế hoạch năm');

    const target = await page.evaluate(async () => {
      const { targets } = (await (await fetch('/api/targets?org=608&year=2023')).json()) as {
        targets: { orgUnit: { code: string }; item: { code: string }; value: number; achievement: { actual: number } }[];
      };
      return targets.find((t) => t.orgUnit.code === '608' && t.item.code === 'LAO_CASES')!;
    });
    const percent = (Math.round((target.achievement.actual / target.value) * 1000) / 10).toString().replace('.', ',');

    const toggle = page.getByTestId('report-cite-targets');
    await turn(toggle, true);
    await expect.poll(text).toContain(`đạt ${percent}% kế hoạch năm`);
    await screenshot(page, 'report-cite-targets');

    await turn(toggle, false);
    await expect.poll(text).not.toContain('kế hoạch năm');
  });
});
