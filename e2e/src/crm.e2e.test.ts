// A sales rep's first morning in the CRM: a new customer with its contact (and 查重 on a second
// try), a visit with a follow-up task, a deal dragged across the pipeline board to won, a drop on
// lost that asks for the reason, and the customer list on a 375 px phone.
import type { Pipeline, PipelineStage } from '@meridian/contracts';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api.ts';
import {
  baseURL,
  button,
  expectText,
  expectToast,
  skipReason,
  type TrackedContext,
  useBrowser,
} from './support/browser.ts';
import {
  board,
  createDeal,
  createProject,
  customersNamed,
  dealsNamed,
  defaultPipeline,
  getDeal,
  interactionsOf,
  myTasks,
} from './support/crm-api.ts';
import { PASSWORD, uniqueEmail } from './support/data.ts';
import { t } from './support/i18n.ts';

const browser = useBrowser(import.meta.url);
const zh = (key: string, vars?: Record<string, string | number>) => t('zh-CN', key, vars);
/** The OK button of antd's own dialogs (its zh_CN locale, not the app's catalogues). */
const ANTD_OK = '确定';

const REP = { name: '周婷', email: uniqueEmail('crm.rep'), password: PASSWORD, orgName: '上海远航销售部' };
const CUSTOMER = '上海远航贸易有限公司';
const PROJECT = '重点客户跟进';
const VISIT = { summary: '拜访采购部，介绍年度框架协议', nextStep: '发送框架协议报价单' };
const DEAL = { name: '远航 2026 年度框架协议', yuan: 128000 };

let rep: ApiSession;
let ui: TrackedContext;
let pipeline: Pipeline;
let customerId = '';

beforeAll(async () => {
  if (skipReason) return;
  rep = await ApiSession.signUp(baseURL(), REP);
  await createProject(rep, 'KA', PROJECT);
  pipeline = await defaultPipeline(rep);
  ui = await browser.newContext({ keep: true });
  await rep.signInBrowser(ui.context);
});

const dialog = (page: Page, title: string) => page.getByRole('dialog').filter({ hasText: title });

function respondedTo(page: Page, method: string, apiPath: string | RegExp) {
  return page.waitForResponse((response) => {
    const path = new URL(response.url()).pathname;
    return (
      response.request().method() === method &&
      (typeof apiPath === 'string' ? path === `/api/v1${apiPath}` : apiPath.test(path))
    );
  });
}

/** Opens an antd Select, optionally types to filter, and clicks the option in that Select's own dropdown. */
async function pick(page: Page, combobox: Locator, option: string, search?: string): Promise<void> {
  await combobox.click();
  if (search) await page.keyboard.type(search);
  const list = await combobox.getAttribute('aria-controls');
  await page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${list}"]`) })
    .locator('.ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** A button whose label contains the text (antd puts the icon's name, e.g. "plus", before it). */
const labelled = (scope: Page | Locator, text: string) => scope.getByRole('button', { name: text });

/** A date typed into an antd DatePicker (YYYY-MM-DD), confirmed with Enter. */
async function typeDate(page: Page, input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await page.keyboard.press('Enter');
}

const isoDate = (daysFromNow: number) => {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
};

const column = (page: Page, stage: PipelineStage) => page.getByRole('region', { name: stage.name, exact: true });
const card = (page: Page, stage: PipelineStage, dealName: string) =>
  column(page, stage).locator('[aria-roledescription="draggable"]').filter({ hasText: dealName });

/** Drags a board card onto a column with the mouse, in several moves so @dnd-kit sees a drag. */
async function dragCard(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('The card or the column is not on screen');
  // The card's lower part: its top line is the deal's link, which does not start a drag.
  const x = source.x + source.width / 2;
  const y = source.y + source.height - 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const tx = target.x + target.width / 2;
  const ty = target.y + Math.min(target.height / 2, 120);
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(x + ((tx - x) * i) / 10, y + ((ty - y) * i) / 10);
  await page.mouse.up();
}

/**
 * Moves a board card with the keyboard sensor: Space lifts it, each arrow goes one column further
 * (waiting for the screen reader's announcement of the column it is over), Space drops it.
 * `stages` runs from the card's own stage to the target.
 */
async function keyboardMove(page: Page, from: Locator, dealName: string, stages: PipelineStage[]): Promise<void> {
  const live = page.locator('[id^="DndLiveRegion"]');
  const isOver = (stage: PipelineStage) =>
    expectText(live, zh('deals:board.announce.over', { name: dealName, stage: stage.name }));
  const [own, ...next] = stages;
  if (!own) throw new Error('No stages to move through');
  await from.focus();
  await page.keyboard.press('Space');
  await isOver(own);
  for (const stage of next) {
    await page.keyboard.press('ArrowRight');
    await isOver(stage);
  }
  await page.keyboard.press('Space');
}

const stageIndex = (stage: PipelineStage) => pipeline.stages.findIndex((s) => s.id === stage.id);
const stageOf = (kind: 'open' | 'won' | 'lost') => {
  const stage = pipeline.stages.find((s) => s.kind === kind);
  if (!stage) throw new Error(`The default pipeline has no ${kind} stage`);
  return stage;
};

describe.skipIf(skipReason)('CRM', () => {
  it('creates a customer and its contact; a second customer of the same name shows 查重', async () => {
    const { page } = ui;
    await page.goto('/customers');
    await page.getByTestId('create-customer').click();
    const create = dialog(page, zh('customers:form.create'));
    await create.getByLabel(zh('customers:fields.name')).fill(CUSTOMER);
    await pick(page, create.getByLabel(zh('customers:fields.type')), zh('customers:type.smb'));
    // Full-width digits and spaces, as typed with a Chinese input method.
    await create.getByLabel(zh('customers:fields.phone')).fill('０２１ ６１２３ ４５６７');
    await pick(page, create.getByLabel(zh('customers:fields.province')), '上海', '上海');
    await pick(page, create.getByLabel(zh('customers:fields.city')), '上海');
    const created = respondedTo(page, 'POST', '/customers');
    await button(create, zh('customers:actions.ok')).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    customerId = page.url().split('/').pop() ?? '';
    await expectText(page.getByRole('heading', { level: 3 }), CUSTOMER);
    await expectText(page.locator('.ant-descriptions').first(), '021 6123 4567', REP.name);

    const [stored] = await customersNamed(rep, CUSTOMER);
    expect(stored).toMatchObject({ id: customerId, type: 'smb', phone: '02161234567', province: '上海', city: '上海' });

    // A contact on the customer page.
    await page.getByRole('tab', { name: zh('customers:tabs.contacts') }).click();
    await labelled(page, zh('customers:contacts.add')).click();
    const contact = dialog(page, zh('customers:contacts.add'));
    await contact.getByLabel(zh('customers:contacts.name')).fill('王建国');
    await contact.getByLabel(zh('customers:contacts.title')).fill('采购总监');
    await contact.getByLabel(zh('customers:fields.phone')).fill('138 0013 8000');
    await pick(
      page,
      contact.getByLabel(zh('customers:contacts.buyingRole')),
      zh('customers:buyingRole.decision_maker'),
    );
    const saved = respondedTo(page, 'POST', '/contacts');
    await button(contact, ANTD_OK).click();
    expect((await saved).status()).toBe(201);
    await contact.waitFor({ state: 'hidden' });
    await expectText(page.getByRole('tabpanel'), '王建国', '采购总监', '138 0013 8000');

    // 查重: the same name again warns while typing, and saving asks before creating a second one.
    await page.goto('/customers');
    await page.getByTestId('create-customer').click();
    const again = dialog(page, zh('customers:form.create'));
    await again.getByLabel(zh('customers:fields.name')).fill(CUSTOMER);
    await expectText(again.getByRole('status'), zh('customers:duplicates.similar'), CUSTOMER, REP.name);
    const refused = respondedTo(page, 'POST', '/customers');
    await button(again, zh('customers:actions.ok')).click();
    expect((await refused).status()).toBe(409);
    const confirm = dialog(page, zh('customers:duplicates.confirmTitle'));
    await confirm.waitFor();
    await button(confirm, zh('actions.cancel')).click();
    await button(again, zh('actions.cancel')).click();
    expect(await customersNamed(rep, CUSTOMER)).toHaveLength(1);
  });

  it('logs a visit with a follow-up task; it shows in the timeline and in my tasks', async () => {
    const { page } = ui;
    await page.goto(`/customers/${customerId}`);
    await page.getByRole('tab', { name: zh('interactions:tab') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText(zh('interactions:kinds.visit'), { exact: true }).click();
    await pick(page, panel.getByLabel(zh('interactions:form.contacts')), '王建国');
    await panel.getByLabel(zh('interactions:form.summary')).fill(VISIT.summary);
    await panel.getByLabel(zh('interactions:form.nextStep')).fill(VISIT.nextStep);
    await panel.getByLabel(zh('interactions:form.followUp')).check();
    await pick(page, panel.getByLabel(zh('interactions:form.project')), PROJECT);
    const due = isoDate(3);
    await typeDate(page, panel.getByLabel(zh('interactions:form.dueDate')), due);
    const logged = respondedTo(page, 'POST', '/interactions');
    await button(panel, zh('interactions:form.submit')).click();
    expect((await logged).status()).toBe(201);
    await expectToast(page, zh('interactions:form.done'));

    const timeline = panel.locator('.ant-timeline');
    await expectText(
      timeline,
      zh('interactions:kinds.visit'),
      VISIT.summary,
      zh('interactions:timeline.nextStep', { text: VISIT.nextStep }),
      zh('interactions:timeline.contacts', { names: '王建国' }),
    );
    const [interaction] = await interactionsOf(rep, customerId);
    expect(interaction).toMatchObject({ kind: 'visit', summary: VISIT.summary, nextStepDue: due });

    const task = (await myTasks(rep)).find((item) => item.title === VISIT.nextStep);
    expect(task, 'the follow-up task assigned to the rep').toBeDefined();
    expect(task).toMatchObject({ dueDate: due });
  });

  it('creates a deal, drags it to won on the board, and the won column totals it', async () => {
    const { page } = ui;
    const won = stageOf('won');
    const first = stageOf('open');
    await page.goto('/deals');
    await column(page, first).waitFor();
    const wonTotalBefore = (await board(rep, pipeline.id)).columns.find((c) => c.stage.id === won.id)?.totalAmountMinor;
    expect(wonTotalBefore).toBe(0);

    await labelled(page, zh('deals:create.button')).click();
    const create = dialog(page, zh('deals:create.title'));
    await create.getByLabel(zh('deals:fields.name')).fill(DEAL.name);
    await pick(page, create.getByLabel(zh('deals:fields.customer')), CUSTOMER, 'yuanhang');
    await create.getByLabel(zh('deals:fields.amount')).fill(String(DEAL.yuan));
    const created = respondedTo(page, 'POST', '/deals');
    await button(create, ANTD_OK).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    const [deal] = await dealsNamed(rep, DEAL.name);
    expect(deal).toMatchObject({ stageId: first.id, amountMinor: DEAL.yuan * 100, customer: { id: customerId } });
    if (!deal) return;

    await page.goto('/deals');
    const moving = card(page, first, DEAL.name);
    await moving.waitFor();
    await expectText(column(page, first), zh('deals:column.total', { amount: '¥12.8万' }));
    await expectText(moving, '¥128,000.00', CUSTOMER);

    // Six stages do not fit 1,280 px: the keyboard moves the card column by column, scrolling the board.
    const moved = respondedTo(page, 'POST', `/deals/${deal.id}/stage`);
    const path = pipeline.stages.slice(stageIndex(first), stageIndex(won) + 1);
    await keyboardMove(page, moving, DEAL.name, path);
    expect((await moved).status()).toBe(200);
    await expectToast(page, zh('deals:board.moved', { stage: won.name }));

    await page.reload();
    await card(page, won, DEAL.name).waitFor();
    await expectText(column(page, won), zh('deals:column.total', { amount: '¥12.8万' }));
    expect(await card(page, first, DEAL.name).count()).toBe(0);
    expect(await getDeal(rep, deal.id)).toMatchObject({ stageKind: 'won', stageId: won.id });
    const wonColumn = (await board(rep, pipeline.id)).columns.find((c) => c.stage.id === won.id);
    expect(wonColumn).toMatchObject({ count: 1, totalAmountMinor: DEAL.yuan * 100 });
  });

  it('dropping a deal on lost asks for the reason; cancelling leaves it where it was', async () => {
    const { page } = ui;
    const first = stageOf('open');
    const lost = stageOf('lost');
    const deal = await createDeal(rep, {
      name: '远航 仓储系统二期',
      customerId,
      pipelineId: pipeline.id,
      amountMinor: 56_000_00,
    });
    // A wide screen shows every column, so the mouse can drag from the first stage to the last.
    await page.setViewportSize({ width: 2048, height: 900 });
    await page.goto('/deals');
    const moving = card(page, first, deal.name);
    await moving.waitFor();
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes(`/deals/${deal.id}/stage`)) posted = true;
    });
    await dragCard(page, moving, column(page, lost));
    const ask = dialog(page, zh('deals:lost.title', { stage: lost.name }));
    await ask.waitFor();
    await expectText(ask, zh('deals:lost.reason'));
    // The reason is required.
    await button(ask, zh('deals:lost.confirm')).click();
    await expectText(ask, zh('deals:lost.required'));
    await button(ask, zh('actions.cancel')).click();
    await ask.waitFor({ state: 'hidden' });

    await card(page, first, deal.name).waitFor();
    expect(await card(page, lost, deal.name).count()).toBe(0);
    expect(posted).toBe(false);
    expect(await getDeal(rep, deal.id)).toMatchObject({ stageId: first.id, stageKind: 'open' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('at 375 px the customer list is cards without horizontal overflow', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await rep.signInBrowser(phone.context);
    const { page } = phone;
    await page.goto('/customers');
    const cards = page.locator('.ant-list .ant-card').filter({ hasText: CUSTOMER });
    await cards.first().waitFor();
    await expectText(cards.first(), CUSTOMER, '021 6123 4567');
    expect(await page.locator('table').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal page overflow in px').toBeLessThanOrEqual(0);
  });
});
