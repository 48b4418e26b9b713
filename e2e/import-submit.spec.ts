import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

/** Two figures Đăk Tô sent on paper for January 2024 (the server's month), as a DHIS2 JSON file. */
const paperFigures = JSON.stringify({
  dataValues: [
    { dataElement: 'TCM_CASES', categoryOptionCombo: 'default', orgUnit: '612', period: '202401', value: '2' },
    { dataElement: 'TCM_DEATHS', categoryOptionCombo: 'default', orgUnit: '612', period: '202401', value: '0' },
  ],
});

describe('the import can submit the forms its file fills', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('the department officer checks the option and a dry run lists the form it would submit', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/nhap-lieu/nhap-tep`);
    const option = page.getByLabel('Đánh dấu đã nộp các biểu mẫu trong tệp');
    await option.check();
    await page.locator('input[type="file"]').setInputFiles({ name: 'dak-to.json', mimeType: 'application/json', buffer: Buffer.from(paperFigures) });
    await expect.poll(() => page.getByTestId('import-upload').isEnabled()).toBe(true);
    // The dry run stays checked: the journey changes nothing other journeys read.
    await expect(page.getByTestId('import-dry-run').isChecked()).resolves.toBe(true);
    await page.getByTestId('import-upload').click();
    const submitted = page.getByTestId('import-submitted');
    await submitted.waitFor();
    await expect(submitted.innerText()).resolves.toContain('Sẽ đánh dấu đã nộp 1 biểu mẫu');
    await expect(page.getByTestId('import-submitted-form').innerText()).resolves.toMatch(/Báo cáo bệnh truyền nhiễm tháng\s+Đăk Tô\s+Tháng 1\/2024/i);
    await screenshot(page, 'import-submit-dry-run');
  });

  it('the leader, who may not submit, is not offered the option', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'lanhdao');
    await page.goto(`${url}/nhap-lieu/nhap-tep`);
    await page.getByText('Xuất dữ liệu', { exact: true }).waitFor();
    await expect(page.getByLabel('Đánh dấu đã nộp các biểu mẫu trong tệp').count()).resolves.toBe(0);
  });
});
