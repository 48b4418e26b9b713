import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, signIn } from './support/browser.ts';

// Unique per run, so the journey does not depend on an earlier run against the same database.
const NAME = `Đồng bộ DHIS2 ${Date.now().toString(36)}`;

/** A script's call: no cookie, no CSRF token, only the token in DHIS2's header. */
async function asScript(url: string, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}${path}`, { ...init, headers: { ...init.headers, authorization: `ApiToken ${token}` } });
}

describe('a user makes a personal access token for a DHIS2 script, and revokes it', () => {
  const url = inject('sytUrl');
  const browser = sharedBrowser();

  it('creates the token from the user menu, a script uses it without CSRF, and revoking shuts the script out', async () => {
    const page = await browser().newPage();
    await signIn(page, url, 'chuyenvien');
    await page.getByTestId('current-user').click();
    await page.getByRole('menuitem', { name: 'Mã truy cập API' }).click();
    await page.getByRole('heading', { name: 'Mã truy cập API' }).waitFor();

    const form = page.getByTestId('api-token-create');
    await form.getByLabel('Tên mã').fill(NAME);
    await form.getByRole('button', { name: 'Tạo mã' }).click();
    const token = (await page.getByTestId('api-token-value').innerText()).trim();
    expect(token).toMatch(/^d2pat_[A-Za-z0-9]+$/);
    await screenshot(page, 'api-token-created');

    // The script reads DHIS2's metadata list and sends a dry-run data value set: no session, no CSRF token.
    const dataSets = await asScript(url, token, '/api/dataSets?fields=id,code&paging=false');
    expect(dataSets.status).toBe(200);
    const codes = ((await dataSets.json()) as { dataSets: { id: string; code: string }[] }).dataSets.map((d) => d.code);
    expect(codes).toContain('BTN_THANG');
    const dryRun = await asScript(url, token, '/api/dataValueSets?dryRun=true&idScheme=CODE', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataValues: [] }),
    });
    expect(dryRun.status).toBe(200);
    expect(((await dryRun.json()) as { response: { importOptions: { dryRun: boolean } } }).response.importOptions.dryRun).toBe(true);

    // Shown once: after "Tôi đã lưu mã" the page lists the token by name only.
    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    await expect.poll(() => page.getByTestId('api-token-value').count()).toBe(0);
    const row = page.getByTestId('api-token-list').getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.innerText()).toContain('Đang dùng');
    expect(await page.getByTestId('api-token-list').innerText()).not.toContain(token);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await expect.poll(() => row.innerText()).toContain('Đã thu hồi');
    await screenshot(page, 'api-token-revoked');
    const refused = await asScript(url, token, '/api/dataSets?fields=id');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'API_TOKEN_REVOKED',
      message: 'Mã truy cập API đã bị thu hồi.',
    });
    await page.close();
  });
});
