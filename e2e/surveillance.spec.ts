import type { FigureRef, ReportDocument, Section, Sentence } from '@syt/core/report/model.ts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

// Week 52 of 2023 (25/12–31/12) in Đăk Hà: far above any dengue week of the demo's years.
const WEEK = '2023W52';
const SPIKE = 180;
const DAK_HA = '615';

/** Every sentence the report's generated paragraphs hold, sections and subsections alike. */
function sentencesOf(sections: Section[]): Sentence[] {
  return sections.flatMap((section) => [
    ...section.blocks.flatMap((block) => (block.kind === 'generated' ? block.sentences : [])),
    ...sentencesOf(section.children),
  ]);
}

/** December 2023's dengue outbreaks as the monthly report writes them now: the province's and Đăk Hà's share. */
async function decemberOutbreaks(page: Page): Promise<{ province: number; dakHa: number; sentence: string }> {
  const document: ReportDocument = await page.evaluate(async () =>
    (await fetch('/api/reports/monthly?org=62&period=202312&format=json&includeDrafts=true')).json(),
  );
  const sentences = sentencesOf(document.results.sections);
  const month = (f: FigureRef) => f.item === 'SXHD_OUTBREAKS' && f.span === 'month';
  const sentence = sentences.find((s) => s.figures.some(month));
  const figures = sentence?.figures.filter(month) ?? [];
  return {
    province: figures.find((f) => !f.orgUnit)?.value ?? 0,
    // A district without an outbreak in the month is not named.
    dakHa: figures.find((f) => f.orgUnit === DAK_HA)?.value ?? 0,
    sentence: sentence?.text ?? '',
  };
}

/**
 * A district's weekly dengue spike becomes a threshold alert at the next scheduler tick (global setup runs it every
 * few seconds), reaches the department's bell and the surveillance page, is turned into an outbreak, and the month's
 * report counts that outbreak. Server clock: 3 January 2024.
 */
describe('a dengue spike is detected, handled and reported', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('the department reopens week 52 and the Đăk Hà reporter enters dengue cases far above the usual', async () => {
    // The demo's Đăk Hà sent week 52 already: late cases come in, so the department reopens it.
    const staff = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, url, 'chuyenvien');
    await staff.evaluate(
      async ({ period, orgUnit }) => {
        const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
        const response = await fetch('/api/forms/reopen', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ dataSet: 'BTN_TUAN', orgUnit, period, reason: 'Bổ sung ca sốt xuất huyết báo muộn.' }),
        });
        if (!response.ok) throw new Error(`reopen: ${response.status} ${await response.text()}`);
      },
      { period: WEEK, orgUnit: DAK_HA },
    );

    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'dakha');
    await page.goto(`${url}/nhap-lieu?dataSet=BTN_TUAN&orgUnit=${DAK_HA}&period=${WEEK}`);
    const cell = page.getByTestId('cell-SXHD_CASES-default');
    await cell.click();
    await cell.fill(String(SPIKE));
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('data-state')).toBe('saved');
    await expect(cell.inputValue()).resolves.toBe(String(SPIKE));
    // Sent again, the week leaves the reporter's pending forms as it found them.
    await page.getByTestId('form-submit').click();
    await expect.poll(() => page.getByTestId('form-status').getAttribute('data-status')).toBe('SUBMITTED_LATE');
  });

  it('within a scheduler tick the alert rings the staff bell, shows on the surveillance page, and becomes an outbreak', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    const before = await decemberOutbreaks(page);

    // The bell polls each minute; reloading asks sooner, as a user would.
    const bell = page.getByTestId('notification-bell');
    await expect
      .poll(
        async () => {
          await page.goto(`${url}/giam-sat?disease=SXHD&unit=62`);
          await bell.waitFor();
          return page.locator('[data-testid="surveillance-unit-row"][data-org-unit="615"]').getAttribute('data-state');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('NEW');
    await expect.poll(() => bell.getAttribute('data-unread')).not.toBe('0');
    await page.locator('[data-testid="surveillance-tile"][data-org-unit="615"][data-state="NEW"]').waitFor();
    const row = page.locator(`[data-testid="alert-row"][data-org-unit="${DAK_HA}"][data-status="NEW"]`).first();
    await expect(row.innerText()).resolves.toContain('Tuần 52/2023');
    await expect(row.innerText()).resolves.toContain(String(SPIKE));
    await screenshot(page, 'surveillance-page');

    await bell.click();
    const notice = page
      .locator('[data-testid="notification-item"][data-kind="ALERT_THRESHOLD"]')
      .filter({ hasText: 'Đăk Hà' })
      .filter({ hasText: 'Sốt xuất huyết Dengue' })
      .first();
    await notice.waitFor();
    await screenshot(page, 'surveillance-bell');
    await notice.click();
    await page.waitForURL(/\/giam-sat\/canh-bao\/\d+$/);
    const detail = page.getByTestId('alert-detail');
    await expect(detail.innerText()).resolves.toContain('Đăk Hà');
    await expect(detail.getAttribute('data-status')).resolves.toBe('NEW');

    await page.goto(`${url}/giam-sat/canh-bao?status=NEW`);
    await page.getByTestId('alerts-table').waitFor();
    await screenshot(page, 'surveillance-alerts');
    const alertRow = page
      .locator(`[data-testid="alert-row"][data-org-unit="${DAK_HA}"]`)
      .filter({ hasText: 'Tuần 52/2023' })
      .first();
    await alertRow.getByTestId('alert-open-outbreak').click();
    const form = page.getByTestId('alert-outbreak-form');
    await form.getByLabel('Địa điểm').fill('Thôn 3, xã Hà Mòn');
    await form.getByTestId('alert-outbreak-confirm').click();

    await page.waitForURL(/\/giam-sat\/o-dich\/\d+$/);
    const facts = page.getByTestId('outbreak-facts');
    await expect(facts.getAttribute('data-status')).resolves.toBe('ACTIVE');
    await expect(facts.innerText()).resolves.toContain('Thôn 3, xã Hà Mòn');
    await expect(facts.innerText()).resolves.toContain('25/12/2023');
    await expect(page.getByTestId('outbreak-closure').innerText()).resolves.toMatch(
      /^Tự kết thúc nếu không có ca mới đến ngày \d{2}\/\d{2}\/\d{4}\.$/,
    );

    // A day's cases and a measure taken, through the page's forms.
    await page.getByTestId('outbreak-cases-count').fill('6');
    await page.getByTestId('outbreak-cases-add').click();
    await page.getByTestId('outbreak-cases-table').waitFor();
    await page.getByTestId('outbreak-measure-text').fill('Phun hóa chất diệt muỗi, xử lý ổ bọ gậy toàn thôn.');
    await page.getByTestId('outbreak-measure-add').click();
    await expect.poll(() => page.getByTestId('outbreak-measures').innerText()).toContain('Phun hóa chất');
    await expect.poll(() => page.getByTestId('outbreak-measure-add').getAttribute('data-loading')).toBeNull();
    await screenshot(page, 'surveillance-outbreak');

    // December's report counts the outbreak opened in Đăk Hà, and names the district.
    const after = await decemberOutbreaks(page);
    expect(after.province).toBe(before.province + 1);
    expect(after.dakHa).toBe(before.dakHa + 1);
    expect(after.sentence).toContain(`Đăk Hà ${String(after.dakHa).padStart(2, '0')}`);
  });

  it('an immediate report and a dismissal name the field a mistake is in', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    // An immediate report raises an alert at once, without waiting for a tick.
    const disease: string = await page.evaluate(async () => {
      const list = (await (await fetch('/api/surveillance/diseases')).json()) as {
        items: { code: string; immediate: boolean }[];
      };
      return list.items.find((d) => d.immediate)!.code;
    });
    await page.goto(`${url}/giam-sat/bao-cao-ngay`);
    const report = page.getByTestId('immediate-report-form');
    await page.getByTestId('immediate-submit').click();
    await expect(report.innerText()).resolves.toContain('Vui lòng nhập địa điểm.');
    await page.getByTestId('immediate-disease').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('immediate-org-unit').click();
    await page.getByRole('option', { name: 'Đăk Hà', exact: true }).click();
    await page.getByTestId('immediate-place').fill('Trường Tiểu học Hà Mòn');
    await page.getByTestId('immediate-count').fill('2');
    // The server's refusal lands under the field it names.
    const onset = report.getByLabel('Ngày khởi phát');
    await onset.fill('01/01/2023');
    await page.keyboard.press('Tab');
    await page.getByTestId('immediate-submit').click();
    await expect
      .poll(() => report.innerText())
      .toContain('Ngày khởi phát quá cũ: báo cáo khẩn chỉ nhận ca khởi phát trong vòng 90 ngày gần đây.');
    await onset.fill('02/01/2024');
    await page.keyboard.press('Tab');
    await page.getByTestId('immediate-submit').click();
    await page.getByTestId('immediate-reports').waitFor();
    await page.getByTestId('immediate-reports').getByRole('link').first().click();
    await page.waitForURL(/\/giam-sat\/canh-bao\/\d+$/);
    expect(disease).toBeTruthy();

    await page.getByTestId('alert-dismiss').click();
    await page.getByTestId('alert-dismiss-confirm').click();
    await expect(page.getByTestId('alert-dismiss-form').innerText()).resolves.toContain('Vui lòng nhập lý do bỏ qua.');
    await page.getByTestId('alert-dismiss-reason').fill('Ca nghi ngờ, xét nghiệm âm tính.');
    await page.getByTestId('alert-dismiss-confirm').click();
    await expect.poll(() => page.getByTestId('alert-detail').getAttribute('data-status')).toBe('DISMISSED');
    await expect(page.getByTestId('alert-detail').innerText()).resolves.toContain('Ca nghi ngờ, xét nghiệm âm tính.');
  });
});
