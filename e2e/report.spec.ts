import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportInstanceSummary, ReportInstanceView } from '@syt/core/api/reports.ts';
import type { GeneratedBlock, Section } from '@syt/core/report/model.ts';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, SCREENSHOT_DIR, sharedBrowser, signIn } from './support/browser.ts';

const ACTIVITY = 'Tổ chức 05 lớp tập huấn phòng chống bệnh không lây nhiễm cho cán bộ y tế xã.';

/** What the user sees (the helper's full-page shots of a long report are too tall to read). */
async function viewportShot(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-full`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The generated paragraph with the given id, wherever it sits in part I. */
function findBlock(sections: Section[], id: string): GeneratedBlock | undefined {
  for (const section of sections) {
    const own = section.blocks.find((b): b is GeneratedBlock => b.kind === 'generated' && b.id === id);
    if (own) return own;
    const below = findBlock(section.children, id);
    if (below) return below;
  }
  return undefined;
}

/** The words of a .docx body: every run's text, tags dropped, entities read back. */
function documentText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The department writes November 2023's report (server clock 3 January 2024, demo data to December 2023).
 * The report is created when missing, so the journey does not depend on other spec files.
 */
describe('the department writes the monthly report', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  async function openNovember(page: Page): Promise<void> {
    await page.goto(`${url}/bao-cao?org=62&period=202311`);
    const toolbar = page.getByTestId('report-toolbar');
    const create = page.getByTestId('report-create');
    await toolbar.or(create).waitFor();
    if (await create.isVisible()) await create.click();
    await toolbar.waitFor();
  }

  it('types an activity, saves, and the downloaded .docx holds it with the month’s figures', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await signIn(page, url, 'chuyenvien');
    await openNovember(page);

    const ncd = page.getByTestId('free-text-ncd');
    await ncd.fill(ACTIVITY);
    const save = page.getByTestId('report-save');
    if (await save.isEnabled()) {
      await expect.poll(() => page.getByTestId('report-save-state').innerText()).toBe('Có thay đổi chưa lưu');
      await save.click();
      await expect.poll(() => page.getByTestId('report-save-state').innerText()).toMatch(/^Đã lưu phiên bản \d+$/);
    }
    await ncd.scrollIntoViewIfNeeded();
    await viewportShot(page, 'report-editor');

    // A sentence about hand, foot and mouth disease lists the figures it was written from.
    const sentence = page.locator('[data-testid="generated-sentence"][data-block-id="disease.TCM"]').first();
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    const popover = page.getByTestId('figure-popover');
    await popover.getByTestId('figure-row').first().waitFor();
    await expect(popover.innerText()).resolves.toContain('Tháng này');
    await viewportShot(page, 'report-figure-popover');
    await page.keyboard.press('Escape');

    const [instance, view] = await page.evaluate(async () => {
      const list = (await (await fetch('/api/reports/instances?org=62&period=202311')).json()) as
        ReportInstanceSummary[] | { reports: ReportInstanceSummary[] };
      const first = (Array.isArray(list) ? list : list.reports)[0]!;
      const full = (await (await fetch(`/api/reports/instances/${first.id}`)).json()) as ReportInstanceView;
      return [first, full] as const;
    });
    const tcm = findBlock(view.document.results.sections, 'disease.TCM');
    expect(tcm, 'the report has a paragraph on Tay - Chân - Miệng').toBeDefined();
    const newCases = tcm!.sentences[0]!.figures.find((f) => f.item === 'TCM_CASES' && f.span === 'month' && !f.orgUnit);
    expect(newCases?.value).toBeGreaterThan(0);

    await page.getByTestId('download-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const text = documentText(await zip.file('word/document.xml')!.async('string'));

    expect(text).toContain(ACTIVITY);
    expect(text).toContain('Tay - Chân - Miệng');
    // Counts below 10 are written with two digits (REPORT_STYLE.md).
    expect(text).toContain(`${String(newCases!.value).padStart(2, '0')} ca mắc mới`);
    expect(text).toContain(tcm!.sentences[0]!.text);
    expect(instance.version).toBe(view.version);
  });

  it('warns that January 2024 has forms missing and states no figure they would decide', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao?org=62&period=202401`);
    const banner = page.getByTestId('report-completeness');
    await banner.waitFor();
    // On 03/01/2024 no district has submitted January: every district is listed, Sa Thầy among them.
    await expect(page.getByTestId('report-missing-units').innerText()).resolves.toContain('Sa Thầy');
    const paper = await page.getByTestId('report-paper').innerText();
    expect(paper).toContain('Chưa có số liệu tháng 01/2024');
    expect(paper).not.toMatch(/không ghi nhận|giảm \d+ ca|Lũy tích đến 31\/01\/2024/u);
    await viewportShot(page, 'report-missing-forms');
  });

  it("counts December's drafts only when asked, and the administrator sets what every report counts", async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/bao-cao?org=62&period=202312`);
    await page.getByTestId('report-missing-units').waitFor();
    // Staff do not see the installation's setting.
    await expect(page.getByTestId('report-counted-states').count()).resolves.toBe(0);
    await page.getByTestId('report-include-drafts').check();
    await page.waitForURL(/drafts=true/);
    const drafts = page.getByTestId('report-completeness').getByText('Có tính số liệu tạm tính');
    await drafts.waitFor();
    // On 03/01/2024 the districts have entered December but few have sent it yet.
    await expect(drafts.innerText()).resolves.toContain('Sa Thầy');
    await expect(page.getByTestId('report-paper').innerText()).resolves.toContain('số liệu tạm tính');
    await viewportShot(page, 'report-drafts-counted');

    const admin = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(admin, url, 'admin');
    await admin.goto(`${url}/bao-cao?org=62&period=202312`);
    await admin.getByTestId('report-counted-states').click();
    const dialog = admin.getByRole('dialog');
    await expect(dialog.getByTestId('counted-submitted').isChecked()).resolves.toBe(true);
    await expect(dialog.getByTestId('counted-draft').isChecked()).resolves.toBe(false);
    await dialog.getByTestId('counted-draft').check();
    await dialog.getByTestId('counted-states-save').click();
    await dialog.waitFor({ state: 'hidden' });
    try {
      // Counted by the setting: the switch is on and fixed, and the preview counts the draft without being asked.
      const toggle = admin.getByTestId('report-include-drafts');
      await expect(toggle.isChecked()).resolves.toBe(true);
      await expect(toggle.isDisabled()).resolves.toBe(true);
      await admin.getByTestId('report-completeness').getByText('Có tính số liệu tạm tính').waitFor();
    } finally {
      await admin.getByTestId('report-counted-states').click();
      await dialog.getByTestId('counted-draft').uncheck();
      await dialog.getByTestId('counted-states-save').click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await expect(admin.getByTestId('report-include-drafts').isDisabled()).resolves.toBe(false);
  });
});
