import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';

// The e2e server's clock is 3 January 2024: "this month" is the last finished one, 12/2023, beside 12/2022.
const THIS_MONTH = '202312';
const LAST_YEAR = '202212';
const figure = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
// Unique per run, so the journey does not depend on an earlier run against the same database.
const NAME = `Theo dõi dịch ${Date.now().toString(36)}`;

/** `GET /api/aggregate` for one item at one unit and month, as the signed-in user: the figure every view must show. */
async function aggregate(page: Page, item: string, orgUnit: string, period: string): Promise<number | null> {
  const res = await page.request.get(`/api/aggregate?item=${item}&orgUnit=${orgUnit}&from=${period}&to=${period}`);
  expect(res.status(), `${item} ${orgUnit} ${period}`).toBe(200);
  return ((await res.json()) as { value: number | null }).value;
}

/** A state-changing call from the page, with the session's CSRF token, as the app sends it. */
async function send(
  page: Page,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    { method, path, body },
  );
}

describe('the home page is the dashboard', () => {
  const url = inject('sytUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pageFor(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, baseURL: url });
    const page = await context.newPage();
    await signIn(page, url, username);
    return page;
  }

  it("shows the leader Kon Tum's key figures for 12/2023 beside 12/2022, each equal to /api/aggregate", async () => {
    const page = await pageFor('lanhdao');
    await expect(page.getByTestId('home-dashboard-name').innerText()).resolves.toBe('Tổng quan của lãnh đạo');
    const cards = page.getByTestId('key-figure');
    await cards.first().waitFor();
    await expect(page.getByTestId('key-figures-scope').innerText()).resolves.toBe('Tỉnh Kon Tum · Tháng 12/2023');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(6);
    let withData = 0;
    for (let i = 0; i < count; i += 1) {
      const card = cards.nth(i);
      const code = (await card.getAttribute('data-code'))!;
      const now = await aggregate(page, code, '62', THIS_MONTH);
      const then = await aggregate(page, code, '62', LAST_YEAR);
      const value = card.getByTestId('key-figure-value');
      if (now === null) {
        // No stored value is "no data", never a zero.
        await expect(value.innerText()).resolves.toBe('Chưa có số liệu');
      } else {
        withData += 1;
        await expect(value.getAttribute('data-value')).resolves.toBe(String(now));
        await expect(value.innerText()).resolves.toBe(figure.format(now));
      }
      const previous = card.getByTestId('key-figure-previous');
      await expect(previous.innerText()).resolves.toBe(
        `Cùng kỳ tháng 12/2022: ${then === null ? 'chưa có số liệu' : figure.format(then)}`,
      );
      if (now !== null && then !== null && then !== 0) {
        const change = Number(await card.getByTestId('key-figure-change').getAttribute('data-change'));
        expect(change).toBeCloseTo(((now - then) / Math.abs(then)) * 100, 6);
      }
    }
    // The demo holds Kon Tum's 2023 and 2022 values: most cards show a figure.
    expect(withData).toBeGreaterThanOrEqual(3);

    // The leader's other cards: completeness, new alerts, overdue tasks and the reports waiting for approval.
    for (const id of ['widget-completeness', 'widget-alerts', 'widget-overdueTasks', 'reports-waiting-submitted']) {
      await page.getByTestId(id).waitFor();
    }
    await page.getByTestId('completeness-row').first().waitFor();
    await expect(page.getByTestId('welcome-card').innerText()).resolves.toContain('Trần Thị Bình');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'dashboard-leader-home');
    await page.context().close();
  });

  it('lets a user compose a dashboard from built-in cards and a favourite, and choose it as the home page', async () => {
    const page = await pageFor('xem');
    // A chart saved as a favourite (the analysis page saves the same shape): dengue cases at Kon Tum, last 12 months.
    const saved = await send(page, 'POST', '/api/analytics/favourites', {
      name: `Sốt xuất huyết 12 tháng ${Date.now().toString(36)}`,
      kind: 'chart',
      query: { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT'], pe: ['LAST_12_MONTHS'] },
      layout: { type: 'line', series: 'dx', category: 'pe' },
      sharing: { users: [], roles: [] },
    });
    expect(saved.status).toBe(201);
    const favourite = saved.json as { id: number; name: string };

    // Shared with a login nobody has: refused under the field, and nothing is saved.
    await page.goto(`${url}/bang-dieu-khien/moi`);
    await page.getByTestId('editor-name').fill(`${NAME} (lỗi)`);
    await page.getByTestId('editor-share-users').fill('khong-co-ai');
    await page.keyboard.press('Enter');
    await page.getByTestId('editor-save').click();
    await page.getByText('Không có người dùng đang hoạt động với tên đăng nhập "khong-co-ai".').waitFor();
    expect(new URL(page.url()).pathname).toBe('/bang-dieu-khien/moi');
    const stored = await page.request.get('/api/dashboards');
    const names = ((await stored.json()) as { items: { name: string }[] }).items.map((d) => d.name);
    expect(names).not.toContain(`${NAME} (lỗi)`);

    await page.goto(`${url}/bang-dieu-khien`);
    await page.getByTestId('dashboard-row').first().waitFor();
    await page.getByTestId('dashboard-create').click();
    await page.getByTestId('editor-name').fill(NAME);
    await page.getByTestId('editor-widget-pick').click();
    await page.getByRole('option', { name: 'Chỉ số chính', exact: true }).click();
    await page.getByTestId('editor-widget-add').click();
    await page.getByTestId('editor-widget-pick').click();
    await page.getByRole('option', { name: 'Cảnh báo dịch mới', exact: true }).click();
    await page.getByTestId('editor-widget-add').click();
    await page.getByTestId('editor-favourite-pick').click();
    await page.getByRole('option', { name: `${favourite.name} (Biểu đồ)` }).click();
    await page.getByTestId('editor-favourite-add').click();
    const items = page.getByTestId('editor-item');
    await expect.poll(() => items.count()).toBe(3);
    // The chart goes first, across the whole row.
    await items.nth(2).getByRole('button', { name: 'Chuyển lên' }).click();
    await items.nth(1).getByRole('button', { name: 'Chuyển lên' }).click();
    await items.nth(0).getByText('Cả hàng').click();
    await expect(items.nth(0).innerText()).resolves.toContain(favourite.name);
    // Shared with the leader by her login.
    await page.getByTestId('editor-share-users').fill('lanhdao');
    await page.keyboard.press('Enter');
    await screenshot(page, 'dashboard-editor');
    await page.getByTestId('editor-save').click();

    // Its own page: the chart drawn from the favourite's query, then the key figures and the alerts.
    await page.getByRole('heading', { name: NAME }).waitFor();
    const grid = page.getByTestId('dashboard-grid');
    await grid.getByTestId('dashboard-favourite').locator('svg').first().waitFor();
    await expect(grid.getByTestId('dashboard-item').first().getAttribute('data-width')).resolves.toBe('12');
    await grid.getByTestId('widget-keyFigures').getByTestId('key-figure').first().waitFor();
    await grid.getByTestId('widget-alerts').waitFor();
    const dashboardUrl = page.url();
    expect(dashboardUrl).toMatch(/\/bang-dieu-khien\/\d+$/);

    // The leader opens it by its address: the cards, not the favourite that is not shared with her, and no editing.
    const leader = await pageFor('lanhdao');
    await leader.goto(dashboardUrl);
    await leader.getByRole('heading', { name: NAME }).waitFor();
    await expect(leader.getByTestId('dashboard-favourite-missing').innerText()).resolves.toContain(
      'Mục này không còn được chia sẻ với bạn.',
    );
    await leader.getByTestId('widget-keyFigures').getByTestId('key-figure').first().waitFor();
    await expect(leader.getByTestId('dashboard-edit').count()).resolves.toBe(0);
    await leader.context().close();
    // A district's reporter it is not shared with is told it is not found.
    const reporter = await pageFor('dakha');
    await reporter.goto(dashboardUrl);
    await reporter.getByText(/Không tìm thấy bảng điều khiển số \d+/).waitFor();
    await expect(reporter.getByTestId('dashboard-grid').count()).resolves.toBe(0);
    await reporter.context().close();

    // Chosen as the home page, it is what the user sees on signing in.
    await page.goto(`${url}/bang-dieu-khien`);
    const row = page.getByTestId('dashboard-row').filter({ hasText: NAME });
    await row.getByTestId('dashboard-set-home').click();
    await row.getByTestId('dashboard-is-home').waitFor();
    await screenshot(page, 'dashboard-list');
    await page.goto(`${url}/`);
    await expect(page.getByTestId('home-dashboard-name').innerText()).resolves.toBe(NAME);
    await page.getByTestId('dashboard-favourite').locator('svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'dashboard-custom-home');

    // Back to the role's default.
    await page.goto(`${url}/bang-dieu-khien`);
    await page.getByTestId('dashboard-row').first().getByTestId('dashboard-set-home').click();
    await page.getByTestId('dashboard-row').first().getByTestId('dashboard-is-home').waitFor();
    await page.goto(`${url}/`);
    await expect(page.getByTestId('home-dashboard-name').innerText()).resolves.toBe('Số liệu chính');
    await page.context().close();
  });
});
