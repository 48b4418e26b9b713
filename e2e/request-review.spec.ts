import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, inject, it } from 'vitest';
import { openRequestForm, pickOption, screenshot, sharedBrowser, signIn } from './support/browser.ts';

const SENTENCE = 'Đơn vị đã tiêm chủng đầy đủ cho trẻ dưới 1 tuổi, vượt kế hoạch năm.';

/** The text of a .docx body, runs joined (a sentence may be split across runs). */
function documentText(xml: string): string {
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

/**
 * On 3 January 2024: staff ask Đăk Hà for its annual review; Đăk Hà writes and sends it; staff download
 * it, then return it for the unit to edit.
 */
describe("a unit's own annual review, sent through a request", () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();


  it('is asked by staff, written and sent by Đăk Hà, downloaded by staff as a generated .docx and returned', async () => {
    const staff = await browser().newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await signIn(staff, url, 'chuyenvien');
    const form = await openRequestForm(staff, url, '03/01/2024', 'V/v tổng kết công tác y tế năm 2023 của các đơn vị');
    await form.getByTestId('request-review').check();
    await form.getByTestId('request-review-period').fill('2023');
    await form.getByLabel('Tên nhóm').fill('Trung tâm Y tế huyện Đăk Hà');
    await pickOption(staff, form.getByTestId('request-group-units'), 'dak ha', 'Đăk Hà');
    await form.getByTestId('request-group-deadline').fill('15/01/2024');
    await staff.keyboard.press('Tab');
    await form.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await staff.getByTestId('reviews-table').waitFor();
    const requestUrl = staff.url();

    // Đăk Hà's reporter opens its review, written from its own data, and adds a sentence.
    const dakHa = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(dakHa, url, 'dakha');
    await dakHa.goto(requestUrl);
    await dakHa.getByTestId('review-create').click();
    await dakHa.waitForURL(/\/bao-cao\?/);
    const paper = dakHa.getByTestId('report-paper');
    await paper.waitFor();
    await expect.poll(() => paper.innerText()).toMatch(/tổng kết năm 2023/iu);
    const slot = dakHa.getByTestId('free-text-immunisation');
    await slot.fill(SENTENCE);
    await expect.poll(() => dakHa.getByTestId('report-save-state').innerText()).toBe('Có thay đổi chưa lưu');
    await dakHa.getByTestId('report-save').click();
    await expect.poll(() => dakHa.getByTestId('report-save-state').innerText()).toMatch(/^Đã lưu phiên bản \d+$/);

    // Sent through the request: on time, and the report is read-only after.
    await dakHa.goto(requestUrl);
    await dakHa.getByTestId('review-send').click();
    await dakHa.getByTestId('review-send-confirm').click();
    const own = dakHa.getByTestId('review-own');
    await expect.poll(() => own.innerText()).toContain('Đã nộp đúng hạn');
    await screenshot(dakHa, 'request-review-sent');
    await own.getByTestId('review-open').click();
    await dakHa.getByTestId('report-toolbar').waitFor();
    expect(await dakHa.getByTestId('report-save').count()).toBe(0);

    // Staff see it sent and download the version sent.
    await staff.reload();
    const row = staff.locator('[data-testid="review-row"][data-unit="615"]');
    await expect.poll(() => row.innerText()).toContain('Đã nộp đúng hạn');
    await screenshot(staff, 'request-review-staff');
    const [download] = await Promise.all([staff.waitForEvent('download'), row.getByTestId('review-download').click()]);
    expect(download.suggestedFilename()).toBe('615-bao-cao-tong-ket-nam-2023.docx');
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const text = documentText(await zip.file('word/document.xml')!.async('string'));
    expect(text).toContain(SENTENCE);
    expect(text).toContain('Đăk Hà');

    // Staff return it for the unit to edit: no longer sent, and the unit may edit again.
    await row.getByTestId('review-return').click();
    await staff.getByLabel('Nội dung cần chỉnh sửa').fill('Bổ sung số liệu tiêm chủng tháng 12.');
    await staff.getByTestId('review-return-confirm').click();
    await expect.poll(() => row.innerText()).toContain('Đang soạn');
    await dakHa.goto(requestUrl);
    await dakHa.getByTestId('review-send').waitFor();
  });
});
