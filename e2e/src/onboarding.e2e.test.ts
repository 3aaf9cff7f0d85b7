// The journey: a sales director signs up in Chinese, invites a colleague who joins from the
// link in a second browser, switches to English (app text and antd's own texts), signs out and in
// again (English comes from the profile), and reads the audit log of all this.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, button, expectText, skipReason, useBrowser } from './support/browser.ts';
import { OTHER_PASSWORD, PASSWORD, uniqueEmail } from './support/data.ts';
import { type Lang, t } from './support/i18n.ts';

const browser = useBrowser(import.meta.url);

const OWNER = { name: '陈静怡', email: uniqueEmail('onboarding.owner'), password: PASSWORD };
const COLLEAGUE = { name: '刘洋', email: uniqueEmail('onboarding.colleague'), password: OTHER_PASSWORD };
const ORG_NAME = '杭州数智销售有限公司';

/** antd's own texts (antd/locale), not the app's catalogues: they prove ConfigProvider's locale. */
const ANTD = {
  'zh-CN': { rangePlaceholder: ['开始日期', '结束日期'], expandRow: '展开行' },
  en: { rangePlaceholder: ['Start date', 'End date'], expandRow: 'Expand row' },
} as const;

const isPath = (path: string) => (url: URL) => url.pathname === path;

function mainMenu(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: t(lang, 'nav.main') });
}

async function expectAntdLocale(page: Page, lang: Lang): Promise<void> {
  const placeholders = await page
    .locator('.ant-picker-range input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).placeholder));
  expect(placeholders, `RangePicker placeholders in ${lang}`).toEqual(ANTD[lang].rangePlaceholder);
  const expandButton = page.getByTestId('audit-table').locator('button.ant-table-row-expand-icon').first();
  expect(await expandButton.getAttribute('aria-label'), `Table expand button in ${lang}`).toBe(ANTD[lang].expandRow);
}

describe.skipIf(skipReason)('onboarding journey', () => {
  it('sign up in Chinese → invite → colleague joins → English → sign out/in → audit log', async () => {
    const { page } = await browser.newContext();

    // 1. Sign up: a new organisation, Chinese names, the browser in zh-CN.
    await page.goto('/sign-up');
    await page.getByRole('heading', { name: t('zh-CN', 'auth:signUp.title') }).waitFor();
    await page.getByLabel(t('zh-CN', 'auth:fields.name')).fill(OWNER.name);
    await page.getByLabel(t('zh-CN', 'auth:fields.email')).fill(OWNER.email);
    await page.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill(OWNER.password);
    await page.getByLabel(t('zh-CN', 'auth:fields.orgName')).fill(ORG_NAME);
    await page.getByRole('button', { name: t('zh-CN', 'auth:signUp.submit') }).click();

    // 2. Lands in the app: home, welcome by name, the organisation in the top bar.
    await page.waitForURL(isPath('/'));
    await page.getByRole('heading', { name: t('zh-CN', 'home:welcome', { name: OWNER.name }) }).waitFor();
    await expectText(page.locator('header'), ORG_NAME);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    // 3. Invite a colleague from Members; the modal shows the accept link to share on WeChat.
    await mainMenu(page, 'zh-CN')
      .getByRole('link', { name: t('zh-CN', 'nav.members') })
      .click();
    await page.waitForURL(isPath('/settings/members'));
    await page.getByTestId('invite-member').click();
    const dialog = page.getByRole('dialog', { name: t('zh-CN', 'settings:invite.title') });
    await dialog.getByLabel(t('zh-CN', 'settings:invite.email')).fill(COLLEAGUE.email);
    await dialog.getByRole('button', { name: t('zh-CN', 'settings:invite.submit') }).click();
    const link = page.getByTestId('invite-link');
    await link.waitFor();
    const acceptUrl = (await link.getAttribute('href')) ?? '';
    expect(acceptUrl).toMatch(new RegExp(`^${baseURL()}/invite\\?token=[\\w-]{20,}$`));
    expect(await link.textContent()).toBe(acceptUrl);
    await dialog.getByRole('button', { name: t('zh-CN', 'actions.done') }).click();
    await dialog.waitFor({ state: 'hidden' });

    // 4. The colleague opens the link in another browser, creates the account and lands inside,
    //    while the first browser stays on the members list.
    const colleague = (await browser.newContext()).page;
    await colleague.goto(acceptUrl);
    await colleague.getByRole('heading', { name: t('zh-CN', 'auth:invite.title', { orgName: ORG_NAME }) }).waitFor();
    expect(await colleague.locator('#invitation-email').inputValue()).toBe(COLLEAGUE.email);
    await colleague.getByLabel(t('zh-CN', 'auth:fields.name')).fill(COLLEAGUE.name);
    await colleague.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill(COLLEAGUE.password);
    await colleague.getByLabel(t('zh-CN', 'auth:fields.confirmPassword')).fill(COLLEAGUE.password);
    const row = page.getByRole('row').filter({ hasText: COLLEAGUE.email });
    expect(await row.count(), 'not a member before accepting').toBe(0);
    await colleague.getByRole('button', { name: t('zh-CN', 'auth:invite.accept', { orgName: ORG_NAME }) }).click();
    const acceptedAt = Date.now();
    await colleague.waitForURL(isPath('/'));
    await colleague.getByRole('heading', { name: t('zh-CN', 'home:welcome', { name: COLLEAGUE.name }) }).waitFor();
    await expectText(
      colleague.locator('#main'),
      t('zh-CN', 'home:orgLine', { org: ORG_NAME, role: t('zh-CN', 'roles.member') }),
    );

    // 5. Back in the first browser, the new member appears in the list without a reload (realtime).
    await row.waitFor();
    console.log(
      `[e2e] realtime: the new member showed in the other browser ${Date.now() - acceptedAt} ms after "join"`,
    );
    await expectText(row, COLLEAGUE.name, COLLEAGUE.email, t('zh-CN', 'roles.member'));

    // 6. Switch to English on the audit log page: the menu, the page and antd's own texts change.
    await mainMenu(page, 'zh-CN')
      .getByRole('link', { name: t('zh-CN', 'nav.auditLog') })
      .click();
    await page.waitForURL(isPath('/settings/audit-log'));
    await expectText(page.getByTestId('audit-table'), t('zh-CN', 'settings:audit.actions.member.joined'));
    await expectAntdLocale(page, 'zh-CN');
    const saved = page.waitForResponse(
      (response) => response.url() === `${baseURL()}/api/v1/me` && response.request().method() === 'PATCH',
    );
    await page.getByTestId('lang-switch').click();
    expect((await saved).status(), 'PATCH /me saves the language on the profile').toBe(200);
    await mainMenu(page, 'en')
      .getByRole('link', { name: t('en', 'nav.members') })
      .waitFor();
    expect(
      await mainMenu(page, 'en')
        .getByRole('link', { name: t('zh-CN', 'nav.members') })
        .count(),
    ).toBe(0);
    await page.getByRole('heading', { name: t('en', 'settings:audit.title') }).waitFor();
    await expectText(page.getByTestId('audit-table'), t('en', 'settings:audit.actions.member.joined'));
    await expectAntdLocale(page, 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // 7. Sign out; the browser's own memory of the language is then wiped, so the next sign-in
    // page is Chinese again and English can only come from the profile.
    await page.getByTestId('user-menu').click();
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('sign-out').click();
    await reloaded;
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('heading', { name: t('en', 'auth:signIn.title') }).waitFor();
    await page.evaluate(() => localStorage.removeItem('meridian.locale'));
    await page.reload();
    await page.getByRole('heading', { name: t('zh-CN', 'auth:signIn.title') }).waitFor();
    await page.getByLabel(t('zh-CN', 'auth:fields.email')).fill(OWNER.email);
    await page.getByLabel(t('zh-CN', 'auth:fields.password'), { exact: true }).fill(OWNER.password);
    await button(page, t('zh-CN', 'auth:signIn.submit')).click();
    await page.waitForURL(isPath('/'));
    await page.getByRole('heading', { name: t('en', 'home:welcome', { name: OWNER.name }) }).waitFor();
    await mainMenu(page, 'en')
      .getByRole('link', { name: t('en', 'nav.auditLog') })
      .waitFor();

    // 8. The audit log tells the story, in English.
    await mainMenu(page, 'en')
      .getByRole('link', { name: t('en', 'nav.auditLog') })
      .click();
    await page.waitForURL(isPath('/settings/audit-log'));
    const audit = page.getByTestId('audit-table');
    await expectText(
      audit,
      t('en', 'settings:audit.actions.org.created'),
      t('en', 'settings:audit.actions.member.joined'),
      t('en', 'settings:audit.actions.invitation.created'),
      t('en', 'settings:audit.actions.invitation.accepted'),
      t('en', 'settings:audit.actions.user.profile_updated'),
      ORG_NAME,
      COLLEAGUE.email,
    );
    const joined = audit
      .getByRole('row')
      .filter({ hasText: t('en', 'settings:audit.actions.member.joined') })
      .filter({ hasText: COLLEAGUE.name });
    expect(await joined.count(), 'one member.joined row for the colleague').toBe(1);
    const invited = audit
      .getByRole('row')
      .filter({ hasText: t('en', 'settings:audit.actions.invitation.created') })
      .filter({ hasText: COLLEAGUE.email });
    await expectText(invited.first(), OWNER.name);
  });
});
