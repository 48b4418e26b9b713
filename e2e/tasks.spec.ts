import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';

// Unique per run, so the journey does not depend on other spec files or an earlier run against the same database.
const TITLE = `Rà soát công tác phòng, chống sốt xuất huyết ${Date.now().toString(36)}`;
const PROGRESS = 'Đã triển khai tại 05 xã.';
const DONE = 'Đã hoàn thành rà soát tại 11 xã, thị trấn.';
// "Việc cần làm" lists tasks due within the server's reminder window (REMIND_DAYS_BEFORE, 3 days by default):
// on 3 January a task due on the 5th is due soon; one due on the 10th would not be listed yet.
// Typed in the date picker as Vietnamese write dates (dd/mm/yyyy), and shown the same way.
const DUE = { input: '05/01/2024', shown: '05/01/2024' };

/**
 * The leader assigns a task to Đăk Hà (server clock 3 January 2024, due 5 January: due soon), Đăk Hà's reporter
 * finds it in "Việc cần làm", reports progress and marks it done, and the leader sees the update: in the bell, and on
 * the task's page.
 */
describe('a task from assignment to completion', () => {
  const url = inject('sytUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
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

  /** Picks an option of a Mantine Select: opens it, types (without diacritics) when it is searchable, clicks the option. */
  async function pick(page: Page, testId: string, option: string, typed?: string): Promise<void> {
    await page.getByTestId(testId).click();
    if (typed) await page.getByTestId(testId).fill(typed);
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('is assigned, reported on, completed and seen by the leader', async () => {
    const leaderPage = await pageFor('lanhdao');
    await leaderPage.goto(`${url}/nhiem-vu`);
    await leaderPage.getByTestId('task-assign').click();
    const form = leaderPage.getByTestId('task-create-form');
    await form.waitFor();
    await leaderPage.getByTestId('task-title').fill(TITLE);
    await leaderPage.getByTestId('task-content').fill('Rà soát ổ dịch cũ, giám sát véc-tơ và báo cáo kết quả về Sở Y tế.');
    await pick(leaderPage, 'task-field', 'Phòng bệnh');
    await pick(leaderPage, 'task-lead', 'Đăk Hà', 'dak ha');
    await leaderPage.getByTestId('task-deadline-date').fill(DUE.input);
    // The Vietnamese calendar opened under the field: January 2024, weeks from Monday.
    const calendar = leaderPage.locator('.mantine-DateInput-calendar, .mantine-Popover-dropdown').filter({ hasText: 'tháng 1 2024' });
    await expect(calendar.innerText()).resolves.toMatch(/T2\s+T3\s+T4\s+T5\s+T6\s+T7\s+CN/);
    await screenshot(leaderPage, 'tasks-assign-form');
    await leaderPage.getByTestId('task-title').click(); // closes the calendar (Escape would close the whole form)
    await leaderPage.getByTestId('task-submit').click();

    // The new task's page: Đăk Hà leads it, due on the 5th.
    await leaderPage.getByRole('heading', { name: TITLE }).waitFor();
    expect(leaderPage.url()).toMatch(/\/nhiem-vu\/\d+$/);
    const taskUrl = leaderPage.url();
    await expect.poll(() => leaderPage.getByTestId('task-lead-unit').innerText()).toContain('Đăk Hà');
    await expect(leaderPage.getByTestId('task-deadline-label').innerText()).resolves.toContain(DUE.shown);
    await screenshot(leaderPage, 'tasks-created');

    // Đăk Hà's reporter finds it among the things to do on the home page.
    const reporter = await pageFor('dakha');
    const todo = reporter.getByTestId('todo-item').filter({ hasText: TITLE });
    await todo.waitFor();
    await screenshot(reporter, 'tasks-home-todo');
    await todo.getByRole('link', { name: 'Mở' }).click();
    await reporter.getByRole('heading', { name: TITLE }).waitFor();
    expect(reporter.url()).toBe(taskUrl);

    await reporter.getByTestId('progress-form-text').fill(PROGRESS);
    await reporter.getByTestId('progress-form-submit').click();
    await reporter.getByTestId('task-update').filter({ hasText: PROGRESS }).waitFor();
    await expect.poll(() => reporter.getByTestId('task-status').innerText()).toContain('Đang thực hiện');
    await expect(reporter.getByTestId('progress-form-text').inputValue()).resolves.toBe('');

    await reporter.getByTestId('progress-form-text').fill(DONE);
    await reporter.getByTestId('progress-status').getByText('Hoàn thành').click();
    await reporter.getByTestId('progress-form-submit').click();
    await reporter.getByTestId('task-update').filter({ hasText: DONE }).waitFor();
    await expect.poll(() => reporter.getByTestId('task-status').innerText()).toMatch(/^Hoàn thành$/m);
    await screenshot(reporter, 'tasks-reporter-done');

    // The leader hears of the progress in the bell, opens the task and reads the status and the progress.
    const leader = leaderPage;
    await leader.goto(`${url}/`);
    await leader.getByTestId('notification-bell').click();
    const notice = leader.getByTestId('notification-list').getByText(`Nhiệm vụ "${TITLE}" có báo cáo tiến độ mới`).first();
    await notice.waitFor();
    await leader.waitForTimeout(300); // the dropdown's fade-in, so the shot shows it opaque
    await screenshot(leader, 'tasks-leader-notifications');
    await leader.goto(taskUrl);
    await leader.getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(() => leader.getByTestId('task-status').innerText()).toMatch(/^Hoàn thành$/m);
    const history = leader.getByTestId('task-history');
    await expect(history.innerText()).resolves.toContain(PROGRESS);
    await expect(history.innerText()).resolves.toContain(DONE);
    // Leaders comment; they do not report progress.
    await expect(leader.getByTestId('comment-form').isVisible()).resolves.toBe(true);
    await expect(leader.getByTestId('progress-form').count()).resolves.toBe(0);
    await screenshot(leader, 'tasks-leader-sees-update');

    await Promise.all(contexts.map((context) => context.close()));
  });
});
