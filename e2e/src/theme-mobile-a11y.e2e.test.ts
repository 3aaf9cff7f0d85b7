// Dark mode that sticks, a phone-sized layout, and axe (WCAG 2 A/AA) on every page in both themes
// and both languages (UX.md accessibility row, RELIABILITY 22).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api.ts';
import { baseURL, expectText, luminance, skipReason, useBrowser } from './support/browser.ts';
import { OTHER_PASSWORD, PASSWORD, uniqueEmail } from './support/data.ts';
import { type Lang, t } from './support/i18n.ts';
import { isKnownAxeViolation, reportKnownAxeViolations } from './support/known-issues.ts';

const browser = useBrowser(import.meta.url);

/** 29 characters: a real-world project team name (team names may have 80). */
const LONG_TEAM_NAME = '华东大区上海销售一组浦东新区陆家嘴金融贸易区重点客户攻坚组';
const OWNER = { name: '黄蓉', email: uniqueEmail('a11y.owner'), password: PASSWORD, orgName: '桃花岛营销中心' };
const COLLEAGUE = { name: '郭靖', email: uniqueEmail('a11y.colleague'), password: OTHER_PASSWORD };

let owner: ApiSession;

beforeAll(async () => {
  if (skipReason) return;
  owner = await ApiSession.signUp(baseURL(), OWNER);
  const colleague = await ApiSession.acceptInvitation(baseURL(), await owner.invite(COLLEAGUE.email), COLLEAGUE);
  const region = await owner.createTeam({ name: '华北大区', description: '北京、天津、河北' });
  const team = await owner.createTeam({ name: '北京销售二组', parentId: region.id });
  const colleagueId = (await colleague.me()).user.id;
  await owner.call('PUT', `/teams/${team.id}/members/${colleagueId}`, { isLead: true }, 200);
  await owner.call('PATCH', `/members/${colleagueId}`, { title: '销售经理' }, 200);
  await owner.invite(uniqueEmail('a11y.pending'));
  await owner.createToken('BI 看板同步', 'read');
});

type Target = {
  path: string;
  link: (lang: Lang) => string;
  title: (lang: Lang) => string;
  /** A dialog of the page, scanned too: how to open it and its title. */
  dialog?: { open: (page: Page, lang: Lang) => Promise<void>; title: (lang: Lang) => string };
};

const APP_PAGES: Target[] = [
  { path: '/', link: (l) => t(l, 'nav.home'), title: (l) => t(l, 'home:welcome', { name: OWNER.name }) },
  { path: '/settings/profile', link: (l) => t(l, 'nav.profile'), title: (l) => t(l, 'settings:profile.title') },
  { path: '/settings/organization', link: (l) => t(l, 'nav.organization'), title: (l) => t(l, 'settings:org.title') },
  {
    path: '/settings/members',
    link: (l) => t(l, 'nav.members'),
    title: (l) => t(l, 'settings:members.title'),
    dialog: { open: (page) => page.getByTestId('invite-member').click(), title: (l) => t(l, 'settings:invite.title') },
  },
  {
    path: '/settings/teams',
    link: (l) => t(l, 'nav.teams'),
    title: (l) => t(l, 'settings:teams.title'),
    dialog: {
      open: (page, l) =>
        page
          .getByRole('button', { name: t(l, 'settings:teams.create') })
          .first()
          .click(),
      title: (l) => t(l, 'settings:teams.createTitle'),
    },
  },
  {
    path: '/settings/tokens',
    link: (l) => t(l, 'nav.tokens'),
    title: (l) => t(l, 'settings:tokens.title'),
    dialog: {
      open: (page, l) => page.getByRole('button', { name: t(l, 'settings:tokens.create') }).click(),
      title: (l) => t(l, 'settings:tokens.createTitle'),
    },
  },
  { path: '/settings/audit-log', link: (l) => t(l, 'nav.auditLog'), title: (l) => t(l, 'settings:audit.title') },
];
const PUBLIC_PAGES: Target[] = [
  { path: '/sign-in', link: (l) => t(l, 'auth:signUp.toSignIn'), title: (l) => t(l, 'auth:signIn.title') },
  { path: '/sign-up', link: (l) => t(l, 'auth:signIn.toSignUp'), title: (l) => t(l, 'auth:signUp.title') },
];

/** Waits until the page shows its title and nothing is loading any more. */
async function settle(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { name: title }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'));
}

async function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

type Finding = { page: string; variant: string; rule: string; impact: string; targets: string[] };

/**
 * Axe measures colours, so no transition may be half-way when it does: every transition and
 * animation takes 1 ms (not 0, so that their end events still fire and antd's dialogs close).
 */
const NO_MOTION =
  '*, *::before, *::after { transition-duration: 1ms !important; transition-delay: 0s !important; ' +
  'animation-duration: 1ms !important; animation-delay: 0s !important; }';

const VARIANTS = [
  { name: 'zh-CN light', lang: 'zh-CN', dark: false },
  { name: 'zh-CN dark', lang: 'zh-CN', dark: true },
  { name: 'en dark', lang: 'en', dark: true },
  { name: 'en light', lang: 'en', dark: false },
] as const satisfies readonly { name: string; lang: Lang; dark: boolean }[];

/** Sets the theme and language with the top-bar switches, as a user would. */
async function applyVariant(page: Page, variant: (typeof VARIANTS)[number]): Promise<void> {
  const toggle = page.getByTestId('theme-switch');
  if ((await toggle.getAttribute('aria-checked')) !== String(variant.dark)) await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe(String(variant.dark));
  if ((await page.locator('html').getAttribute('lang')) !== variant.lang) {
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(variant.lang);
  }
}

/** The figure: scans, violations by page, and each violation with its first elements. */
function printAxeSummary(scans: string[], found: Finding[], contrastChecked: number): void {
  const elements = found.reduce((sum, v) => sum + v.targets.length, 0);
  const pages = [...new Set(scans.map((scan) => scan.replace(/ \[.*$/, '')))];
  const perPage = pages.map((page) => {
    const count = found.filter((v) => v.page === page).reduce((sum, v) => sum + v.targets.length, 0);
    return `${page} ${count}`;
  });
  const details = found.map(
    (v) =>
      `\n  ${v.page} [${v.variant}] ${v.rule} (${v.impact}) ×${v.targets.length}: ${v.targets.slice(0, 5).join(' | ')}`,
  );
  console.log(
    `[e2e] axe (wcag2a + wcag2aa): ${scans.length} scans of ${pages.length} pages and dialogs ` +
      `(colour contrast evaluated in ${contrastChecked}); ${found.length} serious/critical violations on ${elements} elements` +
      `\n[e2e] axe elements per page: ${perPage.join(', ')}${details.join('')}`,
  );
}

describe.skipIf(skipReason)('theme, mobile and accessibility', () => {
  it('dark mode: follows the system, a toggle persists across reloads, the page is dark', async () => {
    const system = await browser.newContext({ colorScheme: 'dark' });
    await owner.signInBrowser(system.context);
    await system.page.goto('/');
    await settle(system.page, t('zh-CN', 'home:welcome', { name: OWNER.name }));
    expect(await system.page.getByTestId('theme-switch').getAttribute('aria-checked'), 'follows the system').toBe(
      'true',
    );

    const { context, page } = await browser.newContext({ colorScheme: 'light' });
    await owner.signInBrowser(context);
    await page.goto('/');
    await settle(page, t('zh-CN', 'home:welcome', { name: OWNER.name }));
    const toggle = page.getByTestId('theme-switch');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(luminance(await bodyBackground(page)), 'light page background').toBeGreaterThan(0.8);

    await toggle.click();
    await expect.poll(async () => luminance(await bodyBackground(page))).toBeLessThan(0.05);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');

    await page.reload();
    await settle(page, t('zh-CN', 'home:welcome', { name: OWNER.name }));
    expect(await page.getByTestId('theme-switch').getAttribute('aria-checked'), 'still dark after reload').toBe('true');
    expect(luminance(await bodyBackground(page)), 'dark page background').toBeLessThan(0.05);
    const card = await page
      .locator('.ant-card')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(card), 'cards are dark too').toBeLessThan(0.05);
    expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe('dark');
  });

  it('375×812: the menu is in a drawer and the members page fits the screen', async () => {
    const { context, page } = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    await owner.signInBrowser(context);
    await page.goto('/settings/members');
    await settle(page, t('zh-CN', 'settings:members.title'));
    expect(await page.locator('.ant-layout-sider').count(), 'no side menu on a phone').toBe(0);
    expect(await page.getByRole('navigation', { name: t('zh-CN', 'nav.main') }).count()).toBe(0);

    await page.getByRole('button', { name: t('zh-CN', 'nav.openMenu') }).click();
    const drawer = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('navigation', { name: t('zh-CN', 'nav.main') }) });
    await drawer.getByRole('link', { name: t('zh-CN', 'nav.teams') }).click();
    await page.waitForURL((url) => url.pathname === '/settings/teams');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: t('zh-CN', 'nav.openMenu') }).click();
    await drawer.getByRole('link', { name: t('zh-CN', 'nav.members') }).click();
    await page.waitForURL((url) => url.pathname === '/settings/members');
    await drawer.waitFor({ state: 'hidden' });
    await settle(page, t('zh-CN', 'settings:members.title'));

    // Members as cards: both people, their title and team, without a table.
    await expectText(page.locator('#main'), OWNER.name, COLLEAGUE.name, '销售经理', '北京销售二组');
    expect(await page.locator('#main table').count(), 'no table on a phone').toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`[e2e] 375 px members page: document scrollWidth ${width} px`);
    expect(width, 'no horizontal overflow').toBeLessThanOrEqual(376);

    // The invite dialog fits too.
    await page.getByTestId('invite-member').click();
    const dialog = page.getByRole('dialog', { name: t('zh-CN', 'settings:invite.title') });
    const box = await dialog.boundingBox();
    expect(
      box && box.x >= 0 && box.x + box.width <= 375,
      `invite dialog inside the screen: ${JSON.stringify(box)}`,
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  });

  it('375×812: a long team name wraps instead of widening the page', async () => {
    const team = await owner.createTeam({ name: LONG_TEAM_NAME });
    const colleagueId = (await owner.members()).find((m) => m.email === COLLEAGUE.email)!.userId;
    await owner.call('PUT', `/teams/${team.id}/members/${colleagueId}`, {}, 200);
    const { context, page } = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    await owner.signInBrowser(context);
    await page.goto('/settings/members');
    await settle(page, t('zh-CN', 'settings:members.title'));
    await page.getByText(LONG_TEAM_NAME).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'document scrollWidth with a 29-character team name').toBeLessThanOrEqual(376);
  });

  it('axe: no serious or critical WCAG 2 A/AA violations on any page, light and dark, zh-CN and en', async () => {
    const found: Finding[] = [];
    const scans: string[] = [];
    let contrastChecked = 0;
    const scan = async (page: Page, path: string, variant: string) => {
      const result = await new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze();
      scans.push(`${path} [${variant}]`);
      // Guard against a vacuous 0: the colour-contrast rule must have looked at this page.
      const evaluated = [...result.passes, ...result.violations, ...result.incomplete].map((rule) => rule.id);
      if (evaluated.includes('color-contrast')) contrastChecked += 1;
      for (const violation of result.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
        found.push({
          page: path,
          variant,
          rule: violation.id,
          impact: violation.impact,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        });
      }
    };

    // Public pages: sign-in ⇄ sign-up by their links, the theme and language from the top bar.
    const guest = (await browser.newContext()).page;
    await guest.goto('/sign-in');
    await guest.addStyleTag({ content: NO_MOTION });
    for (const variant of VARIANTS) {
      await applyVariant(guest, variant);
      for (const target of PUBLIC_PAGES) {
        if (new URL(guest.url()).pathname !== target.path) {
          await guest.getByRole('link', { name: target.link(variant.lang), exact: true }).click();
        }
        await settle(guest, target.title(variant.lang));
        await scan(guest, target.path, variant.name);
      }
    }

    // The app: every page through the side menu (client-side navigation, as users move).
    const { context, page } = await browser.newContext();
    await owner.signInBrowser(context);
    await page.goto('/');
    await settle(page, APP_PAGES[0]!.title('zh-CN'));
    await page.addStyleTag({ content: NO_MOTION });
    for (const variant of VARIANTS) {
      await applyVariant(page, variant);
      for (const target of APP_PAGES) {
        await page
          .getByRole('navigation', { name: t(variant.lang, 'nav.main') })
          .getByRole('link', { name: target.link(variant.lang), exact: true })
          .click();
        await page.waitForURL((url) => url.pathname === target.path);
        await settle(page, target.title(variant.lang));
        await scan(page, target.path, variant.name);
        if (target.dialog && variant.lang === 'zh-CN') {
          await target.dialog.open(page, variant.lang);
          const dialog = page.getByRole('dialog', { name: target.dialog.title(variant.lang) });
          await dialog.waitFor();
          await scan(page, `${target.path} (dialog)`, variant.name);
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'hidden' });
        }
      }
    }
    await owner.call('PATCH', '/me', { locale: 'zh-CN' }, 200);

    printAxeSummary(scans, found, contrastChecked);

    expect(contrastChecked, 'scans in which axe evaluated colour contrast').toBe(scans.length);

    // Violations already reported (KNOWN_AXE_VIOLATIONS) may remain for now; anything else fails.
    const unknown = found.filter((v) => !isKnownAxeViolation(v));
    expect(
      unknown.map((v) => `${v.page} [${v.variant}] ${v.rule} ×${v.targets.length}: ${v.targets.join(' | ')}`),
    ).toEqual([]);
    reportKnownAxeViolations(found);
  }, 180_000);
});
