import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

// A notice as the department issues it: letterhead with number and date, items naming units and deadlines.
const NOTICE = [
  'SỞ Y TẾ', 'Số: 15/TB-SYT', 'Kon Tum, ngày 05 tháng 01 năm 2024', 'THÔNG BÁO', 'Kết luận giao ban tháng 12 năm 2023',
  '1. Công tác phòng, chống dịch bệnh',
  '- Các TTYT huyện tổ chức tiêm bổ sung vắc xin sởi trong quý I.',
  '- Trung tâm Pháp y cung cấp hồ sơ khi có yêu cầu.',
].join('\n');

/** The staff member reads a notice from its file: the review starts from what the text says. Nothing is confirmed. */
describe('a directive read from its file', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('fills in the number, date, lead units and deadlines the text gives', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/nhiem-vu/van-ban`);
    await page.getByTestId('directive-import-open').click();
    await page.getByTestId('directive-import').locator('input[type="file"]').setInputFiles({
      name: 'TB 15.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTICE, 'utf8'),
    });
    await page.getByTestId('directive-import-read').click();
    await page.getByTestId('directive-review').waitFor();
    await expect(page.getByTestId('directive-number').inputValue()).resolves.toBe('15/TB-SYT');
    // The date field shows the Vietnamese day/month/year.
    await expect(page.getByTestId('directive-date').inputValue()).resolves.toBe('05/01/2024');

    const [group, onRequest] = [page.getByTestId('draft-task-row').nth(0), page.getByTestId('draft-task-row').nth(1)];
    // The ten districts' health centres each get the task.
    await expect.poll(() => group.locator('.mantine-MultiSelect-pill').count()).toBe(10);
    await expect(group.getByTestId('draft-task-deadline-date').inputValue()).resolves.toBe('31/03/2024');
    await expect(group.getByTestId('draft-task-read').innerText()).resolves.toContain('“trong quý I”');
    await expect(onRequest.getByTestId('draft-task-read').innerText()).resolves.toContain('Trung tâm Pháp y (chưa khớp đơn vị nào)');
    await page.getByText('11 nhiệm vụ', { exact: true }).waitFor();
    await screenshot(page, 'directive-import-review');
    await context.close();
  });
});
