import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** The pages of the signed-in shell, as the administrator (who may open every one of them). */
const PAGES = [
  '/',
  '/nhap-lieu?dataSet=BTN_THANG&orgUnit=615&period=202401',
  '/nhap-lieu/nhap-tep',
  '/bao-cao/tinh-hinh-nop?dataSet=BTN_THANG&period=202401',
  '/bao-cao',
  '/bao-cao/chi-tieu?org=62&year=2023',
  '/nhiem-vu',
  '/nhiem-vu/van-ban',
  '/yeu-cau-bao-cao',
  '/giam-sat',
  '/giam-sat?disease=SXHD&unit=615',
  '/giam-sat/canh-bao',
  '/giam-sat/o-dich',
  '/giam-sat/bao-cao-ngay',
  '/phan-tich?dx=SXHD_CASES&ou=LEVEL-2&pe=2023Q1;2023Q2;2023Q3;2023Q4',
  '/phan-tich?dx=SXHD_CASES&ou=LEVEL-2&pe=2023Q1;2023Q2;2023Q3;2023Q4&view=chart&chart=column',
  '/phan-tich/yeu-thich',
  '/danh-muc/don-vi',
  '/danh-muc/phan-tu-du-lieu',
  '/danh-muc/phan-to',
  '/danh-muc/bieu-mau',
  '/danh-muc/benh-truyen-nhiem',
  '/danh-muc/chi-so',
  '/danh-muc/quy-tac-kiem-tra',
  '/quan-tri/nguoi-dung',
  '/tai-khoan',
  '/bang-dieu-khien',
  '/bang-dieu-khien/mac-dinh',
  '/bang-dieu-khien/moi',
];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // A drawer or popover still fading in has translucent text, which axe would measure as poor contrast.
  // An animation cancelled midway (a popover closing) rejects `finished`; it has stopped all the same.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe.run()).violations,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Sends a JSON body with the session's CSRF token, as the app does, and returns the created object. */
async function postJson(page: Page, path: string, body: unknown): Promise<{ id: number }> {
  return page.evaluate(
    async ({ path, body }) => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { path, body },
  );
}

/** An immediate report in Đăk Hà and (unless told not to) an outbreak opened from its alert, with a day's cases and a measure. */
async function immediateOutbreak(page: Page, withOutbreak = true): Promise<{ alert: number; outbreak: number }> {
  const diseases: { items: { code: string; immediate: boolean }[] } = await page.evaluate(async () =>
    (await fetch('/api/surveillance/diseases')).json(),
  );
  const disease = diseases.items.find((d) => d.immediate)!.code;
  const report = (await postJson(page, '/api/surveillance/immediate-reports', {
    disease,
    orgUnit: '615',
    place: 'Thôn 1, xã Hà Mòn',
    onsetDate: '2024-01-02',
    count: 2,
    note: 'Kiểm tra khả năng tiếp cận',
  })) as unknown as { alertId: number };
  if (!withOutbreak) return { alert: report.alertId, outbreak: 0 };
  const outbreak = await postJson(page, `/api/surveillance/alerts/${report.alertId}/outbreak`, {});
  // A day's cases and a measure, so the chart, the table and the list are drawn.
  await postJson(page, `/api/surveillance/outbreaks/${outbreak.id}/cases`, { date: '2024-01-03', count: 3 });
  await postJson(page, `/api/surveillance/outbreaks/${outbreak.id}/measures`, { date: '2024-01-03', text: 'Khoanh vùng, phun hóa chất.' });
  return { alert: report.alertId, outbreak: outbreak.id };
}

/** Opens a page and waits until its data has arrived (no request in flight, no loader shown). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.mantine-Loader-root').count()).toBe(0);
}

/** WCAG 2 AA as axe-core checks it: no serious or critical violation on any page (server clock 3 January 2024). */
describe('accessibility of every page', () => {
  const url = inject('sytUrl');
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly forbids.
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true, baseURL: url });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sign-in page', async () => {
    const page = await context.newPage();
    await open(page, '/dang-nhap');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('every page of the signed-in shell, with a task, a report request, an alert and an outbreak to open', async () => {
    const page = await context.newPage();
    await signIn(page, url, 'admin');
    // The demo holds no task or request: make one of each, so their pages are checked with content.
    const task = await postJson(page, '/api/tasks', {
      title: 'Kiểm tra khả năng tiếp cận',
      field: 'PHONG_BENH',
      lead: '615',
      deadline: { kind: 'DATE', date: '2024-01-31' },
    });
    const request = await postJson(page, '/api/requests', {
      date: '2024-01-03',
      subject: 'Báo cáo kiểm tra khả năng tiếp cận',
      groups: [{ name: 'Các TTYT huyện', units: ['615'], deadline: '2024-01-31' }],
    });
    const { alert, outbreak } = await immediateOutbreak(page);
    const found: Record<string, string[]> = {};
    const details = [`/nhiem-vu/${task.id}`, `/yeu-cau-bao-cao/${request.id}`, `/giam-sat/canh-bao/${alert}`, `/giam-sat/o-dich/${outbreak}`];
    for (const path of [...PAGES, ...details]) {
      await open(page, path);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
  });

  it('the entry grid and the home page on a phone, as a district reporter', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true, baseURL: url });
    const page = await phone.newPage();
    await signIn(page, url, 'dakha');
    const found: Record<string, string[]> = {};
    for (const path of ['/', PAGES[1]!]) {
      await open(page, path);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    // The cell panel, a drawer on a phone.
    await page.getByTestId('cell-TCM_CASES-default').click();
    await page.getByTestId('cell-panel-open').click();
    await page.getByTestId('cell-panel').getByText('Số liệu 12 tháng gần nhất').waitFor();
    const drawer = await seriousViolations(page);
    if (drawer.length > 0) found['cell panel drawer'] = drawer;
    expect(found).toEqual({});
    await phone.close();
  });

  it('what opens over a page: the bell, the task form and its Vietnamese calendar', async () => {
    const leader = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true, baseURL: url });
    const page = await leader.newPage();
    await signIn(page, url, 'lanhdao');
    await open(page, '/nhiem-vu');
    const found: Record<string, string[]> = {};
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-list').waitFor();
    found.bell = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('task-assign').click();
    await page.getByTestId('task-deadline-date').click();
    await page.getByRole('button', { name: 'Tháng sau' }).waitFor();
    found['task form with calendar'] = await seriousViolations(page);
    expect(found).toEqual({ bell: [], 'task form with calendar': [] });
    await leader.close();
  });

  it('the surveillance dialogs: dismissing an alert, opening an outbreak, closing one', async () => {
    const staff = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true, baseURL: url });
    const page = await staff.newPage();
    await signIn(page, url, 'chuyenvien');
    const { outbreak } = await immediateOutbreak(page);
    const fresh = await immediateOutbreak(page, false);
    const found: Record<string, string[]> = {};
    await open(page, `/giam-sat/canh-bao/${fresh.alert}`);
    await page.getByTestId('alert-dismiss').click();
    await page.getByTestId('alert-dismiss-form').waitFor();
    found.dismiss = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('alert-open-outbreak').click();
    await page.getByTestId('alert-outbreak-form').waitFor();
    found.outbreak = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await open(page, `/giam-sat/o-dich/${outbreak}`);
    await page.getByTestId('outbreak-close').click();
    await page.getByTestId('outbreak-close-form').waitFor();
    found.close = await seriousViolations(page);
    expect(found).toEqual({ dismiss: [], outbreak: [], close: [] });
    await staff.close();
  });
});
