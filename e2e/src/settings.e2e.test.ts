// Settings an owner uses in the first week: profile, organisation, the team tree of a sales
// region, an API token for a script, and signed-in devices.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, fetchMeWithToken } from './support/api.ts';
import {
  baseURL,
  button,
  expectText,
  expectToast,
  skipReason,
  type TrackedContext,
  useBrowser,
} from './support/browser.ts';
import { OTHER_PASSWORD, PASSWORD, uniqueEmail } from './support/data.ts';
import { t } from './support/i18n.ts';

const browser = useBrowser(import.meta.url);
const zh = (key: string, vars?: Record<string, string | number>) => t('zh-CN', key, vars);

const OWNER = { name: '孙丽', email: uniqueEmail('settings.owner'), password: PASSWORD, orgName: '南京远航销售' };
const COLLEAGUE = { name: '马超', email: uniqueEmail('settings.colleague'), password: OTHER_PASSWORD };

let owner: ApiSession;
let ownerUi: TrackedContext;

beforeAll(async () => {
  if (skipReason) return;
  owner = await ApiSession.signUp(baseURL(), OWNER);
  await ApiSession.acceptInvitation(baseURL(), await owner.invite(COLLEAGUE.email), COLLEAGUE);
  ownerUi = await browser.newContext({ keep: true });
  await owner.signInBrowser(ownerUi.context);
});

function formItem(page: Page, inputId: string): Locator {
  return page.locator('.ant-form-item').filter({ has: page.locator(`#${inputId}`) });
}

/** The value an antd Select shows. */
async function selectedValue(page: Page, inputId: string): Promise<string | null> {
  return formItem(page, inputId).locator('.ant-select-content').getAttribute('title');
}

/** Opens an antd Select, optionally types to filter, and clicks the option. */
async function pick(page: Page, combobox: Locator, option: string, search?: string): Promise<void> {
  await combobox.click();
  if (search) await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Clicks "保存" and waits for the server's answer (200) and the toast, before anything reloads. */
async function saveAndWait(page: Page, method: string, apiPath: string): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === method && new URL(response.url()).pathname === `/api/v1${apiPath}`,
  );
  await button(page, zh('actions.save')).click();
  expect((await answered).status(), `${method} ${apiPath}`).toBe(200);
  await expectToast(page, zh('saved'));
}

describe.skipIf(skipReason)('settings', () => {
  it('profile: name and time zone are saved and still there after a reload', async () => {
    const { page } = ownerUi;
    await page.goto('/settings/profile');
    const name = page.getByLabel(zh('settings:profile.name'));
    expect(await name.inputValue()).toBe(OWNER.name);
    await name.fill('孙丽华');
    await pick(page, page.getByLabel(zh('settings:profile.timeZone')), 'Asia/Urumqi', 'Urumqi');
    expect(await selectedValue(page, 'timeZone')).toBe('Asia/Urumqi');
    await saveAndWait(page, 'PATCH', '/me');

    await page.reload();
    await page.getByLabel(zh('settings:profile.name')).waitFor();
    expect(await page.getByLabel(zh('settings:profile.name')).inputValue()).toBe('孙丽华');
    expect(await selectedValue(page, 'timeZone')).toBe('Asia/Urumqi');
    await expectText(page.getByTestId('user-menu'), '孙丽华');
    const me = await owner.me();
    expect([me.user.name, me.user.timeZone]).toEqual(['孙丽华', 'Asia/Urumqi']);
  });

  it('organisation: an owner changes the settings and they persist', async () => {
    const { page } = ownerUi;
    await page.goto('/settings/organization');
    const name = page.getByLabel(zh('settings:org.name'));
    expect(await name.inputValue()).toBe(OWNER.orgName);
    await name.fill('南京远航销售（华东）');
    await pick(page, page.getByLabel(zh('settings:org.currency')), 'USD');
    await pick(page, page.getByLabel(zh('settings:org.weekStart')), zh('weekdays.7'));
    await page.getByLabel(zh('settings:org.sessionIdleMinutes')).fill('240');
    await saveAndWait(page, 'PATCH', '/org');

    await page.reload();
    await page.getByLabel(zh('settings:org.name')).waitFor();
    expect(await page.getByLabel(zh('settings:org.name')).inputValue()).toBe('南京远航销售（华东）');
    expect(await selectedValue(page, 'currency')).toMatch(/^USD/);
    expect(await selectedValue(page, 'weekStart')).toBe(zh('weekdays.7'));
    expect(await page.getByLabel(zh('settings:org.sessionIdleMinutes')).inputValue()).toBe('240');
    await expectText(page.locator('header'), '南京远航销售（华东）');
    const org = (await owner.me()).org;
    expect(org && [org.name, org.currency, org.weekStart, org.sessionIdleMinutes]).toEqual([
      '南京远航销售（华东）',
      'USD',
      7,
      240,
    ]);
  });

  it('teams: 华东大区 with 上海销售一组 under it, and a colleague as its lead', async () => {
    const { page } = ownerUi;
    await page.goto('/settings/teams');
    await page
      .getByRole('button', { name: zh('settings:teams.create') })
      .first()
      .click();
    let dialog = page.getByRole('dialog', { name: zh('settings:teams.createTitle') });
    await dialog.getByLabel(zh('settings:teams.fields.name')).fill('华东大区');
    await dialog.getByRole('button', { name: zh('actions.save') }).click();
    await expectToast(page, zh('settings:teams.created', { name: '华东大区' }));
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: zh('settings:teams.addSubTeam') }).click();
    dialog = page.getByRole('dialog', { name: zh('settings:teams.createTitle') });
    await expectText(
      dialog.locator('.ant-form-item').filter({ hasText: zh('settings:teams.fields.parent') }),
      '华东大区',
    );
    await dialog.getByLabel(zh('settings:teams.fields.name')).fill('上海销售一组');
    await dialog.getByRole('button', { name: zh('actions.save') }).click();
    await expectToast(page, zh('settings:teams.created', { name: '上海销售一组' }));
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('华东大区 / 上海销售一组').waitFor();

    // The parent had no sub-team when the tree mounted, so it may be collapsed (KNOWN_ISSUES
    // 'team-tree-hides-new-sub-team', checked in its own test below): open it to see the child.
    const tree = page.getByRole('tree', { name: zh('settings:teams.treeLabel') });
    const collapsed = tree.getByRole('treeitem', { name: /华东大区/ }).locator('.ant-tree-switcher_close');
    if (await collapsed.count()) await collapsed.click();
    const child = tree.getByRole('treeitem', { name: /上海销售一组/ });
    await child.waitFor();
    expect(await child.locator('.ant-tree-indent-unit').count(), '上海销售一组 is one level down').toBe(1);
    expect(await child.getAttribute('aria-selected'), 'the new sub-team is selected').toBe('true');

    await page.getByRole('combobox', { name: zh('settings:teams.addMember') }).click();
    await page.keyboard.type(COLLEAGUE.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: COLLEAGUE.email })
      .click();
    await button(page, zh('settings:teams.add')).click();
    await expectToast(page, zh('settings:teams.memberAdded'));
    const member = page.locator('li').filter({ hasText: COLLEAGUE.name });
    await member.getByRole('button', { name: zh('settings:teams.markLead') }).click();
    await expectText(member, zh('settings:teams.lead'));
    await member.getByRole('button', { name: zh('settings:teams.unmarkLead') }).waitFor();

    const teams = await owner.teams();
    const region = teams.find((team) => team.name === '华东大区');
    const city = teams.find((team) => team.name === '上海销售一组');
    expect(region?.parentId).toBeNull();
    expect(city?.parentId).toBe(region?.id);
    expect(city?.members.map((m) => [m.name, m.isLead])).toEqual([[COLLEAGUE.name, true]]);

    await page.goto('/settings/members');
    const row = page.getByRole('row').filter({ hasText: COLLEAGUE.email });
    await expectText(row, zh('settings:members.teamLead', { team: '上海销售一组' }));
  });

  it('teams: a new sub-team is visible and selected in the tree at once', async () => {
    const { page } = ownerUi;
    await page.goto('/settings/teams');
    await page
      .getByRole('button', { name: zh('settings:teams.create') })
      .first()
      .click();
    let dialog = page.getByRole('dialog', { name: zh('settings:teams.createTitle') });
    await dialog.getByLabel(zh('settings:teams.fields.name')).fill('华南大区');
    await dialog.getByRole('button', { name: zh('actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: zh('settings:teams.addSubTeam') }).click();
    dialog = page.getByRole('dialog', { name: zh('settings:teams.createTitle') });
    await dialog.getByLabel(zh('settings:teams.fields.name')).fill('广州销售一组');
    await dialog.getByRole('button', { name: zh('actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('华南大区 / 广州销售一组').waitFor();

    const tree = page.getByRole('tree', { name: zh('settings:teams.treeLabel') });
    const child = tree.getByRole('treeitem', { name: /广州销售一组/ });
    await child.waitFor({ timeout: 3000 });
    expect(await child.getAttribute('aria-selected')).toBe('true');
  });

  it('tokens: a read-only token is shown once, works from a script, and stops working when revoked', async () => {
    const { page } = ownerUi;
    await page.goto('/settings/tokens');
    await page.getByRole('button', { name: zh('settings:tokens.create') }).click();
    const dialog = page.getByRole('dialog', { name: zh('settings:tokens.createTitle') });
    await dialog.getByLabel(zh('settings:tokens.fields.name')).fill('企业微信日报机器人');
    expect(await dialog.getByRole('radio', { name: zh('settings:tokens.scopes.read') }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: zh('settings:tokens.create') }).click();

    const secretDialog = page.getByRole('dialog', {
      name: zh('settings:tokens.secret.title', { name: '企业微信日报机器人' }),
    });
    const secret = (await secretDialog.getByTestId('token-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^mrd_pat_\S{20,}$/);
    await secretDialog.getByRole('button', { name: zh('settings:tokens.secret.saved') }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: '企业微信日报机器人' });
    await expectText(row, zh('settings:tokens.scopes.read'));
    expect(await page.content(), 'the secret is not shown again').not.toContain(secret);

    const used = await fetchMeWithToken(baseURL(), secret);
    expect(used.status).toBe(200);
    expect((used.body as { user: { email: string } }).user.email).toBe(OWNER.email);
    const write = await fetch(`${baseURL()}/api/v1/me`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'read-only tokens cannot write' }),
    });
    expect(write.status, 'a read-only token cannot write').toBe(403);

    await row.getByRole('button', { name: zh('settings:tokens.revoke') }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: zh('settings:tokens.revoke') })
      .click();
    await expectToast(page, zh('settings:tokens.revoked', { name: '企业微信日报机器人' }));
    expect((await fetchMeWithToken(baseURL(), secret)).status).toBe(401);
  });

  it('sessions: the current one is marked, and another device can be signed out', async () => {
    const other = await browser.newContext();
    await other.page.goto('/sign-in');
    await other.page.getByLabel(zh('auth:fields.email')).fill(OWNER.email);
    await other.page.getByLabel(zh('auth:fields.password'), { exact: true }).fill(OWNER.password);
    await button(other.page, zh('auth:signIn.submit')).click();
    await other.page.waitForURL((url) => url.pathname === '/');

    const { page } = ownerUi;
    await page.goto('/settings/profile');
    const card = page
      .locator('.ant-card')
      .filter({ has: page.getByText(zh('settings:sessions.title'), { exact: true }) });
    const items = card.locator('li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    expect(await items.filter({ hasText: zh('settings:sessions.current') }).count()).toBe(1);
    const otherItem = items.filter({ hasNotText: zh('settings:sessions.current') });
    await otherItem.getByRole('button', { name: zh('settings:sessions.end') }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: zh('settings:sessions.end') })
      .click();
    await expectToast(page, zh('settings:sessions.ended'));
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(1);

    await other.page.reload();
    await other.page.waitForURL((url) => url.pathname === '/sign-in');
    expect((await owner.request('GET', '/sessions')).status, 'this session still works').toBe(200);
  });
});
