import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, signIn } from './support/browser.ts';

/** The catalogue pages show what the report writes from the metadata. */
describe('the metadata lists', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('show whom each coverage indicator covers, the words the report writes', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, url, 'chuyenvien');
    await page.goto(`${url}/danh-muc/chi-so`);
    await page.getByRole('columnheader', { name: 'Đối tượng' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'TC_IPV_BS_COVERAGE' });
    await expect.poll(() => row.innerText()).toContain('trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt');
  });
});
