import { existsSync } from 'node:fs';
import { DICTIONARY_CODES } from '@syt/core/metadata/dictionary-codes.fixture.ts';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

describe('a fresh SYT started with `npm start`', () => {
  const syt = { url: inject('sytUrl') };
  const browser = sharedBrowser();

  it('prints the URL and the demo sign-in', () => {
    expect(inject('sytOutput')).toMatch(/Tài khoản mẫu \(mật khẩu SoYTe@2024!\): admin/);
    expect(inject('sytOutput')).toContain(`SYT đang chạy tại ${syt.url}`);
  });

  it('lets the demo admin sign in and see the ten Kon Tum districts in canonical order', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, syt.url, 'admin');
    await page.getByText('Danh mục', { exact: true }).click();
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    const tree = page.getByTestId('org-unit-tree');
    await tree.waitFor();
    await page.getByTestId('org-unit-618').waitFor();
    const shown = await tree.locator('[data-testid^="org-unit-"]').evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-testid')!.replace('org-unit-', '')),
    );
    const districts = shown.filter((code) => (DICTIONARY_CODES.districtsInOrder as readonly string[]).includes(code));
    expect(districts).toEqual(DICTIONARY_CODES.districtsInOrder);
    await expect(page.getByTestId('org-unit-615').innerText()).resolves.toContain('Đăk Hà');
    const file = await screenshot(page, 'org-unit-tree');
    expect(existsSync(file)).toBe(true);
  });

  it('finds "Đăk Tô" when searching metadata without diacritics', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, syt.url, 'admin');
    await page.goto(`${syt.url}/danh-muc/benh-truyen-nhiem`);
    await page.getByTestId('metadata-search').fill('sot xuat huyet');
    await expect.poll(() => page.getByTestId('metadata-row').count()).toBe(1);
    await expect(page.getByTestId('metadata-row').first().innerText()).resolves.toContain('Sốt xuất huyết Dengue');
    await page.goto(`${syt.url}/danh-muc/don-vi`);
    await page.getByTestId('org-units-search').fill('dak to');
    await page.getByTestId('org-unit-612').waitFor();
    await expect.poll(() => page.getByTestId('org-unit-615').count()).toBe(0);
    await screenshot(page, 'org-unit-search');
  });
});
