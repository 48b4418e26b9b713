import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, signIn } from './support/browser.ts';

// October 2023: November is the report journey's month, so the two specs do not meet.
const PERIOD = '202310';
const REPORT_URL = `/bao-cao?org=62&period=${PERIOD}`;

/** What the user sees, toolbar and dialogs included (a full-page shot of the long report is too tall to read). */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * The report's workflow, one verb per step (server clock 3 January 2024): the department's staff member drafts
 * October's report and sends it to the leader (Trình ký); the leader finds it on her home page and in the bell and
 * approves it (Duyệt), which the sender hears of; the department's staff, who hold the clerk's right to issue,
 * issue it (Phát hành) with a number and date, after the dialog refused a malformed number and a date after today.
 */
describe('a report from draft to issue', () => {
  const url = inject('sytUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  /** Each user in a fresh context: their own cookies, so sessions do not mix. */
  async function pageFor(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, url, username);
    return page;
  }

  const statusOf = (page: Page) => page.getByTestId('report-status').innerText();

  it('is sent by staff, approved by the leader and issued by the clerk with its number and date', async () => {
    // Staff draft the report and send it to the leader after the checks.
    const staff = await pageFor('chuyenvien');
    await staff.goto(`${url}${REPORT_URL}`);
    await staff.getByTestId('report-create').click();
    await staff.getByTestId('report-toolbar').waitFor();
    await expect.poll(() => statusOf(staff)).toBe('Dự thảo');
    await staff.getByTestId('report-submit').click();
    const drawer = staff.getByTestId('warnings-drawer');
    await drawer.getByText('Kiểm tra trước khi trình ký').waitFor();
    await expect.poll(() => drawer.getByTestId('report-finalize-confirm').isEnabled()).toBe(true);
    await staff.waitForTimeout(300); // the drawer's slide-in, so the shot shows it in place
    await screenshot(staff, 'report-workflow-1-submit-checks');
    await staff.getByTestId('report-finalize-confirm').click();
    await expect.poll(() => statusOf(staff)).toBe('Đã trình ký');
    await drawer.waitFor({ state: 'hidden' });
    await expect(staff.getByTestId('report-submit').count()).resolves.toBe(0);
    await expect(staff.getByTestId('report-finalize').count()).resolves.toBe(0);
    await screenshot(staff, 'report-workflow-2-submitted');

    // Second thoughts: staff take it back (Rút lại) before the leader has approved it, then send it again.
    await staff.getByTestId('report-withdraw').click();
    await staff.getByRole('dialog').getByText('Rút lại báo cáo đã trình ký?').waitFor();
    await staff.getByTestId('report-status-confirm').click();
    await expect.poll(() => statusOf(staff)).toBe('Dự thảo');
    await staff.getByTestId('report-submit').click();
    await expect.poll(() => drawer.getByTestId('report-finalize-confirm').isEnabled()).toBe(true);
    await staff.getByTestId('report-finalize-confirm').click();
    await expect.poll(() => statusOf(staff)).toBe('Đã trình ký');
    await drawer.waitFor({ state: 'hidden' });

    // The leader sees it waiting on her home page and in the bell, opens it and approves it.
    const leader = await pageFor('lanhdao');
    const waiting = leader.getByTestId('reports-waiting-submitted').getByTestId('report-waiting');
    await waiting.filter({ hasText: 'Báo cáo tháng 10/2023' }).waitFor();
    await expect(waiting.first().innerText()).resolves.toContain('Đã trình ký');
    await leader.getByTestId('notification-bell').click();
    await leader.getByTestId('notification-list').getByText('Báo cáo tháng 10/2023 đã trình ký, chờ duyệt').first().waitFor();
    await leader.waitForTimeout(300); // the dropdown's fade-in, so the shot shows it opaque
    await screenshot(leader, 'report-workflow-3-leader-home');
    await leader.keyboard.press('Escape');
    await waiting.filter({ hasText: 'Báo cáo tháng 10/2023' }).getByRole('link', { name: 'Mở báo cáo' }).click();
    await leader.getByTestId('report-toolbar').waitFor();
    await expect.poll(() => statusOf(leader)).toBe('Đã trình ký');
    await leader.getByTestId('report-finalize').click();
    const approveDrawer = leader.getByTestId('warnings-drawer');
    await approveDrawer.getByText('Kiểm tra trước khi duyệt').waitFor();
    await leader.getByTestId('report-finalize-confirm').click();
    await expect.poll(() => statusOf(leader)).toBe('Đã duyệt');
    await approveDrawer.waitFor({ state: 'hidden' });
    await expect(leader.getByTestId('report-issue').count()).resolves.toBe(0);
    await screenshot(leader, 'report-workflow-4-approved');
    await leader.goto(`${url}/`);
    await leader.getByTestId('reports-waiting-empty').waitFor();

    // The clerk's right to issue belongs to the department's staff: the dialog asks for the number and date.
    // The sender hears of the approval in the bell; the home page lists the report among those to issue.
    await staff.goto(`${url}/`);
    await staff.getByTestId('notification-bell').click();
    await staff.getByTestId('notification-list').getByText('Báo cáo tháng 10/2023 đã được duyệt').first().waitFor();
    const toIssue = staff.getByTestId('reports-waiting-final').getByTestId('report-waiting').filter({ hasText: 'Báo cáo tháng 10/2023' });
    await expect(toIssue.innerText()).resolves.toContain('Duyệt: Trần Thị Bình');
    await staff.getByTestId('todo-empty').or(staff.getByTestId('todo-item')).first().waitFor();
    await staff.waitForTimeout(300); // the dropdown's fade-in, so the shot shows it opaque
    await screenshot(staff, 'report-workflow-5-clerk-home');
    await staff.keyboard.press('Escape');
    await toIssue.getByRole('link', { name: 'Mở báo cáo' }).click();
    await staff.getByTestId('report-toolbar').waitFor();
    await expect.poll(() => statusOf(staff)).toBe('Đã duyệt');
    await staff.getByTestId('report-issue').click();
    const dialog = staff.getByTestId('issue-dialog');
    await staff.getByTestId('issue-number').fill('BC-SYT');
    await staff.getByTestId('issue-date').fill('2024-01-04');
    await staff.getByTestId('issue-confirm').click();
    await dialog.getByText('Số, ký hiệu văn bản "BC-SYT" không đúng dạng: cần số rồi ký hiệu, ví dụ 123/BC-SYT.').waitFor();
    await dialog.getByText('Ngày phát hành không được sau hôm nay (03/01/2024).').waitFor();
    await screenshot(staff, 'report-workflow-6-issue-refused');
    await expect.poll(() => statusOf(staff)).toBe('Đã duyệt');

    await staff.getByTestId('issue-number').fill('123/BC-SYT');
    await staff.getByTestId('issue-date').fill('2024-01-03');
    await staff.getByTestId('issue-confirm').click();
    await expect.poll(() => statusOf(staff)).toBe('Đã phát hành');
    await expect(staff.getByTestId('report-document-number').innerText()).resolves.toBe('Số: 123/BC-SYT');
    await expect(staff.getByTestId('report-place-date').innerText()).resolves.toContain('ngày 03 tháng 01 năm 2024');
    await expect(staff.getByTestId('report-issue').count()).resolves.toBe(0);
    await screenshot(staff, 'report-workflow-7-issued');
  });
});
