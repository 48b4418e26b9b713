import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from './start-syt.ts';
import { DEMO_PASSWORD } from '../../packages/server/src/features/install/demo.service.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One Chromium for the describe block that calls this: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser() is read before its beforeAll ran');
    return browser;
  };
}

/** Signs in through the real sign-in page; the demo's accounts share one password. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Saves a full-page screenshot under test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Picks an option of a Mantine select or multi-select, typed without diacritics as staff type it. */
export async function pickOption(page: Page, input: Locator, typed: string, option: string): Promise<void> {
  await input.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

/** Staff's "Tạo yêu cầu" form on the requests page, dated and with its subject typed: the form, to fill the rest. */
export async function openRequestForm(page: Page, url: string, date: string, subject: string): Promise<Locator> {
  await page.goto(`${url}/yeu-cau-bao-cao`);
  await page.getByRole('button', { name: 'Tạo yêu cầu' }).click();
  const form = page.getByTestId('request-create-form');
  await form.getByTestId('request-date').fill(date);
  await page.keyboard.press('Tab');
  await form.getByLabel('Trích yếu').fill(subject);
  return form;
}
