import { describe, expect, inject, it } from 'vitest';
import { openRequestForm, pickOption, screenshot, sharedBrowser, signIn } from './support/browser.ts';

/**
 * The 2024 target round on 3 January 2024: staff open it with the CDC agreeing dengue, Đăk Hà proposes, the CDC
 * agrees at the figure settled with the district, staff give the targets by decision.
 */
describe('a target round', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();


  it('is opened by staff, proposed by a district beside this year\'s target, agreed by the CDC and approved into next year\'s targets', async () => {
    const staff = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, url, 'chuyenvien');
    const form = await openRequestForm(staff, url, '03/01/2024', 'Đề xuất chỉ tiêu chuyên môn năm 2024');
    await form.getByTestId('request-targets').check();
    await form.getByTestId('request-targets-year').click();
    await staff.getByRole('option', { name: '2024' }).click();
    await pickOption(staff, form.getByTestId('request-targets-items'), 'sot xuat huyet dengue: so mac', 'Sốt xuất huyết Dengue: số mắc');
    await form.getByLabel('Tên nhóm').fill('Trung tâm Y tế huyện Đăk Hà');
    await pickOption(staff, form.getByTestId('request-group-units'), 'dak ha', 'Đăk Hà');
    await form.getByTestId('request-group-deadline').fill('15/01/2024');
    await staff.keyboard.press('Tab');
    // Seed 002's provincial group: the CDC answers later, and agrees the districts' dengue proposals first.
    await form.getByRole('button', { name: 'Thêm nhóm' }).click();
    await form.getByLabel('Tên nhóm').nth(1).fill('Các đơn vị tuyến tỉnh');
    await pickOption(staff, form.getByTestId('request-group-units').nth(1), 'kiem soat benh tat', 'Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum');
    await form.getByTestId('request-group-deadline').nth(1).fill('20/01/2024');
    await staff.keyboard.press('Tab');
    await form.getByTestId('request-field-add').click();
    await pickOption(staff, form.getByTestId('request-field-unit'), 'kiem soat', 'Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum');
    await pickOption(staff, form.getByTestId('request-field-items'), 'sot xuat huyet', 'Sốt xuất huyết Dengue: số mắc');
    await form.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await staff.getByTestId('target-round').waitFor();
    const requestUrl = staff.url();

    // Đăk Hà's reporter proposes at most 30 cases and sends the grid.
    const dakHa = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(dakHa, url, 'dakha');
    await dakHa.goto(requestUrl);
    const row = dakHa.locator('[data-testid="proposal-row"][data-item="SXHD_CASES"]');
    await row.waitFor();
    await row.getByTestId('proposal-direction').click();
    await dakHa.getByRole('option', { name: 'Tối đa' }).click();
    await row.getByTestId('proposal-value').fill('30');
    await row.getByTestId('proposal-measure').fill('ca');
    await dakHa.getByTestId('proposal-submit').click();
    await expect.poll(() => dakHa.getByTestId('proposal-status').innerText()).toBe('Đã gửi');
    await expect.poll(() => row.getByTestId('proposal-agreement').innerText()).toContain('Chờ Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum thống nhất');
    await screenshot(dakHa, 'target-round-proposal');

    // Before the CDC agrees, the department has nothing it may give.
    await staff.reload();
    await staff.getByTestId('round-approve').click();
    await staff.getByTestId('round-decision-number').fill('04/QĐ-SYT');
    await staff.getByTestId('round-approve-confirm').click();
    await expect.poll(() => staff.getByRole('alert').first().innerText()).toContain('đang chờ đơn vị tuyến tỉnh thống nhất');
    await staff.keyboard.press('Escape');

    // The CDC sees Đăk Hà's sent proposal and agrees at 28 cases, settled with the district.
    const cdc = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(cdc, url, 'ttksbt');
    await cdc.goto(requestUrl);
    const agreement = cdc.locator('[data-testid="agreement-row"][data-unit="615"][data-item="SXHD_CASES"]');
    await agreement.waitFor();
    expect(await agreement.innerText()).toContain('≤ 30 ca');
    await agreement.getByTestId('agreement-value').fill('28');
    await agreement.getByTestId('agreement-note').fill('Đã trao đổi với TTYT Đăk Hà');
    await cdc.getByTestId('agreement-submit').click();
    await expect.poll(() => agreement.getByTestId('agreement-status').innerText()).toBe('Đã thống nhất');
    await screenshot(cdc, 'target-round-agreement');
    await dakHa.reload();
    await expect.poll(() => row.getByTestId('proposal-agreement').innerText()).toContain('28 ca');

    // Staff give the targets by their decision; Đăk Hà's 2024 target is the agreed one.
    await staff.reload();
    await staff.getByTestId('round-approve').click();
    await staff.getByTestId('round-decision-number').fill('05/QĐ-SYT');
    await staff.getByTestId('round-approve-confirm').click();
    await expect.poll(() => staff.getByTestId('proposal-status').innerText()).toBe('Đã giao chỉ tiêu');
    await staff.goto(`${url}/bao-cao/chi-tieu?org=615&year=2024`);
    const target = staff.locator('[data-testid="target-row"][data-item="SXHD_CASES"]');
    await expect.poll(() => target.innerText()).toContain('≤ 28 ca');
    expect(await target.innerText()).toContain('Số 05/QĐ-SYT');
  });
});
