// What users see when things go wrong on the public forms, and the Chinese-input rule of UX.md:
// Enter that picks an IME candidate never submits.
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api.ts';
import { baseURL, button, expectText, skipReason, useBrowser } from './support/browser.ts';
import { OTHER_PASSWORD, PASSWORD, uniqueEmail } from './support/data.ts';
import { t } from './support/i18n.ts';

const browser = useBrowser(import.meta.url);

const EXISTING = { name: '赵敏', email: uniqueEmail('forms.existing'), password: PASSWORD, orgName: '苏州云帆贸易' };

beforeAll(async () => {
  if (skipReason) return;
  await ApiSession.signUp(baseURL(), EXISTING);
});

function formItem(page: Page, inputSelector: string) {
  return page.locator('.ant-form-item').filter({ has: page.locator(inputSelector) });
}

/** Counts form submissions (capturing listener, so also those the app prevents) and sign-up requests. */
async function watchSubmissions(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __submits: number };
    w.__submits = 0;
    document.addEventListener('submit', () => (w.__submits += 1), true);
  });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/api/v1/auth/')) requests.push(request.url());
  });
  return {
    submits: () => page.evaluate(() => (window as unknown as { __submits: number }).__submits),
    requests,
  };
}

/** A Chinese IME composition in the focused field, driven through Chromium's own IME path (CDP). */
async function compose(cdp: CDPSession, pinyin: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  });
}

describe.skipIf(skipReason)('errors and forms', () => {
  it('a wrong password shows the translated error, and it follows a language switch', async () => {
    const { page } = await browser.newContext();
    await page.goto('/sign-in');
    await page.getByLabel(t('zh-CN', 'auth:fields.email')).fill(EXISTING.email);
    await page.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill(OTHER_PASSWORD);
    await button(page, t('zh-CN', 'auth:signIn.submit')).click();
    const alert = page.getByRole('alert');
    await expectText(alert, t('zh-CN', 'errors:invalid_credentials'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: t('en', 'auth:signIn.title') }).waitFor();
    await expectText(alert, t('en', 'errors:invalid_credentials'));
    await button(page, t('en', 'auth:signIn.submit')).click();
    await expectText(alert, t('en', 'errors:invalid_credentials'));
  });

  it('sign-up with an existing e-mail shows the error beside the e-mail field', async () => {
    const { page } = await browser.newContext();
    await page.goto('/sign-up');
    await page.getByLabel(t('zh-CN', 'auth:fields.name')).fill('赵敏');
    await page.getByLabel(t('zh-CN', 'auth:fields.email')).fill(EXISTING.email.toUpperCase());
    await page.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill(OTHER_PASSWORD);
    await page.getByLabel(t('zh-CN', 'auth:fields.orgName')).fill('苏州云帆贸易二部');
    await page.getByRole('button', { name: t('zh-CN', 'auth:signUp.submit') }).click();

    await expectText(
      formItem(page, '#email').locator('.ant-form-item-explain-error'),
      t('zh-CN', 'errors:field.taken'),
    );
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.ant-form-item-explain-error').count(), 'only the e-mail field is marked').toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count(), 'no form-level error').toBe(0);
    expect(new URL(page.url()).pathname).toBe('/sign-up');
  });

  it('a common password shows the message beside the password field', async () => {
    const { page } = await browser.newContext();
    await page.goto('/sign-up');
    await page.getByLabel(t('zh-CN', 'auth:fields.name')).fill('钱多多');
    await page.getByLabel(t('zh-CN', 'auth:fields.email')).fill(uniqueEmail('forms.weak'));
    await page.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill('password1234');
    await page.getByLabel(t('zh-CN', 'auth:fields.orgName')).fill('无锡钱多多商贸');
    await page.getByRole('button', { name: t('zh-CN', 'auth:signUp.submit') }).click();

    await expectText(
      formItem(page, '#password').locator('.ant-form-item-explain-error'),
      t('zh-CN', 'errors:field.common_password'),
    );
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.ant-form-item-explain-error').count(), 'only the password field is marked').toBe(1);
    expect(new URL(page.url()).pathname).toBe('/sign-up');
  });

  it('Enter that commits a Chinese candidate (IME keyCode 229) does not submit; a plain Enter does', async () => {
    const { context, page } = await browser.newContext();
    await page.goto('/sign-up');
    const name = page.getByLabel(t('zh-CN', 'auth:fields.name'));
    await name.click();
    const watch = await watchSubmissions(page);
    const cdp = await context.newCDPSession(page);

    // What Chromium receives from a real IME: the Enter key is processed by the IME (keyCode 229,
    // isComposing) and the candidate is committed as text.
    await compose(cdp, 'wangxiaoming');
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: '王小明' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await page.waitForTimeout(300);
    expect(await name.inputValue()).toBe('王小明');
    expect(await watch.submits(), 'no form submission while picking a candidate').toBe(0);
    expect(await page.locator('.ant-form-item-explain-error').count(), 'no validation run').toBe(0);

    // Control: the same field with a plain Enter does submit (validation then marks the empty fields).
    await page.keyboard.press('Enter');
    await expect.poll(() => watch.submits()).toBe(1);
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    expect(watch.requests, 'the invalid form never reaches the server').toEqual([]);
  });

  it('Enter pressed while a composition is active (isComposing) does not submit', async () => {
    const { context, page } = await browser.newContext();
    await page.goto('/sign-up');
    const name = page.getByLabel(t('zh-CN', 'auth:fields.name'));
    await name.click();
    const watch = await watchSubmissions(page);
    const cdp = await context.newCDPSession(page);
    const isComposing = page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          document.addEventListener('keydown', (event) => resolve(event.isComposing), { once: true, capture: true }),
        ),
    );
    await compose(cdp, 'zhong');
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: '中' });
    expect(await isComposing, 'the Enter keydown is seen with isComposing = true').toBe(true);
    expect(await name.inputValue()).toBe('中');

    await page.waitForTimeout(300);
    expect(await watch.submits(), 'form submissions caused by the composing Enter').toBe(0);
    expect(await page.locator('.ant-form-item-explain-error').count(), 'validation errors shown').toBe(0);
  });
});
