// Work management as a sales team lives it: a key-account project from a built-in template, a card
// dragged across the board, a comment that @mentions a colleague, and that colleague's bell ringing
// in another browser without a reload. Then the list's inline edit and the keyboard shortcuts.
import type { Project, ProjectTemplate, Task } from '@meridian/contracts';
import type { Locator, Page, Response } from 'playwright-core';
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
import { OTHER_PASSWORD, PASSWORD, uniqueEmail } from './support/data.ts';
import { t } from './support/i18n.ts';
import {
  addProjectMember,
  board,
  notifications,
  projectByKey,
  projectTasks,
  taskByKey,
  taskComments,
  unreadCount,
} from './support/work-api.ts';

const browser = useBrowser(import.meta.url);
const zh = (key: string, vars?: Record<string, string | number>) => t('zh-CN', key, vars);

const OWNER = { name: '周敏', email: uniqueEmail('work.owner'), password: PASSWORD, orgName: '杭州远景销售' };
const COLLEAGUE = { name: '马超', email: uniqueEmail('work.colleague'), password: OTHER_PASSWORD };
const PROJECT = { name: '华东电网大客户攻坚', key: 'KAEAST', templateId: 'builtin:key-account', start: '2026-03-02' };

let owner: ApiSession;
let colleague: ApiSession;
let colleagueId: string;
let ownerUi: TrackedContext;
let colleagueUi: TrackedContext;
/** Shared by the steps of the journey, in order. */
let project: Project;
let moved: Task;

beforeAll(async () => {
  if (skipReason) return;
  owner = await ApiSession.signUp(baseURL(), OWNER);
  colleague = await ApiSession.acceptInvitation(baseURL(), await owner.invite(COLLEAGUE.email), COLLEAGUE);
  colleagueId = (await colleague.me()).user.id;
  ownerUi = await browser.newContext({ keep: true });
  await owner.signInBrowser(ownerUi.context);
  colleagueUi = await browser.newContext({ keep: true });
  await colleague.signInBrowser(colleagueUi.context);
});

/** Waits for the API answer to METHOD path (a string or a pattern of the path after /api/v1). */
function answer(page: Page, method: string, path: string | RegExp): Promise<Response> {
  const answered = page.waitForResponse((response) => {
    if (response.request().method() !== method) return false;
    const pathname = new URL(response.url()).pathname.replace(/^\/api\/v1/, '');
    return typeof path === 'string' ? pathname === path : path.test(pathname);
  });
  // A step that fails before awaiting it must not also leave an unhandled rejection behind.
  answered.catch(() => {});
  return answered;
}

/** The board column (a labelled region) with this status name. */
function column(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The card of a task on the board: the list item holding the task's title button. */
function card(scope: Page | Locator, task: Pick<Task, 'key' | 'title'>): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  const handle = page.getByRole('button', { name: zh('board:card.dragHandle', { key: task.key, title: task.title }) });
  return scope.getByRole('listitem').filter({ has: handle });
}

/** The bell in the top bar, whatever its count. */
function bell(page: Page): Locator {
  const none = zh('notifications:bellNone');
  const some = zh('notifications:bell', { count: 999 }).replace('999', '\\d+');
  return page.getByRole('button', { name: new RegExp(`^(${none}|${some})$`) });
}

/** Drags with the mouse in small steps, as a person does, so that @dnd-kit's pointer sensor activates. */
async function dragTo(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The card or the column is not visible');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 120) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 4, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 20 });
  await page.mouse.move(end.x + 2, end.y + 2, { steps: 2 });
  await page.mouse.up();
}

describe.skipIf(skipReason)('work management', () => {
  it('an owner creates a project from the 大客户攻坚 template and sees its tasks on the board', async () => {
    const { page } = ownerUi;
    const templates = await owner.call<{ items: ProjectTemplate[] }>('GET', '/project-templates', undefined, 200);
    const template = templates.items.find((item) => item.id === PROJECT.templateId);
    expect(template?.name).toBe('大客户攻坚');

    await page.goto('/projects');
    await page
      .getByRole('button', { name: zh('projects:create') })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: zh('projects:create') });
    await dialog.getByLabel(zh('projects:form.name')).fill(PROJECT.name);
    await dialog.getByLabel(zh('projects:form.key')).fill(PROJECT.key);
    await dialog.getByRole('radio', { name: new RegExp(`^${template?.name}`) }).check();
    const start = dialog.getByLabel(zh('projects:form.startDate'));
    await start.click();
    await start.fill(PROJECT.start);
    await start.press('Enter');
    const created = answer(page, 'POST', '/projects');
    await button(dialog, zh('common:actions.save')).click();
    expect((await created).status(), 'POST /projects').toBe(201);
    await expectToast(page, zh('projects:form.created', { name: PROJECT.name }));
    await page.waitForURL(`**/projects/${PROJECT.key}/board`);

    project = await projectByKey(owner, PROJECT.key);
    expect(project.startDate).toBe(PROJECT.start);
    const tasks = await projectTasks(owner, project.id);
    // The template's figures count its phases (parent tasks) apart from the tasks under them.
    expect(tasks.length).toBe((template?.phaseCount ?? 0) + (template?.taskCount ?? 0));
    const onBoard = await board(owner, project.id);
    expect(onBoard.columns.map((c) => c.name)).toEqual(project.statuses.map((s) => s.name));
    // Every column shows the cards the server put in it, under the column's heading.
    for (const col of onBoard.columns) {
      const region = column(page, col.name);
      await region.waitFor();
      for (const task of col.tasks.slice(0, 5)) await card(region, task).waitFor();
    }
    expect(onBoard.columns[0]?.tasks.length).toBeGreaterThan(0);
  });

  it('dragging a card to 进行中 moves the task, and it stays there after a reload', async () => {
    const { page } = ownerUi;
    const before = await board(owner, project.id);
    const [todo, doing] = before.columns;
    if (!todo || !doing) throw new Error('The template has fewer than two statuses');
    const task = todo.tasks.find((item) => item.parentId !== null) ?? todo.tasks[0];
    if (!task) throw new Error('No task to move');

    const source = card(column(page, todo.name), task);
    const target = column(page, doing.name);
    const movedAnswer = answer(page, 'POST', `/tasks/${task.id}/move`);
    await dragTo(page, source.getByRole('button', { name: task.title, exact: true }), target);
    expect((await movedAnswer).status(), 'POST /tasks/:id/move').toBe(200);
    await card(target, task).waitFor();

    await page.reload();
    await card(column(page, doing.name), task).waitFor();
    expect(await card(column(page, todo.name), task).count()).toBe(0);
    const after = await board(owner, project.id);
    expect(after.columns[1]?.tasks.map((item) => item.id)).toContain(task.id);
    moved = (await taskByKey(owner, task.key)) as Task;
    expect(moved.status.id).toBe(doing.key);
  });

  it('a comment @mentions a colleague, who sees the notification arrive without reloading', async () => {
    await addProjectMember(owner, project.id, colleagueId);
    const unreadBefore = await unreadCount(colleague);

    // The colleague is already looking at the projects page, bell in view.
    const other = colleagueUi.page;
    await other.goto('/projects');
    await expectText(other.locator('main'), PROJECT.name);
    await bell(other).waitFor();
    const bellLabelBefore = await bell(other).getAttribute('aria-label');

    const { page } = ownerUi;
    await card(column(page, moved.status.name), moved).getByRole('button', { name: moved.title, exact: true }).click();
    await page.waitForURL(new RegExp(`[?&]task=${moved.key}`));
    const drawer = page.getByRole('dialog').filter({ hasText: moved.key });
    await expectText(drawer, moved.title);
    const composer = drawer.getByRole('textbox', { name: zh('comments:composer.label') });
    await composer.click();
    await composer.pressSequentially('@马');
    const option = page.locator('.ant-mentions-dropdown:visible').getByText(COLLEAGUE.name).first();
    await option.click();
    // Picking a name inserts `@马超 ` with its trailing space.
    await composer.pressSequentially('请今天内把决策链的联系人补全');
    expect(await composer.inputValue()).toContain(`@${COLLEAGUE.name} 请今天内`);
    const posted = answer(page, 'POST', '/comments');
    await button(drawer, zh('comments:composer.submit')).click();
    expect((await posted).status(), 'POST /comments').toBe(201);

    const thread = drawer.getByRole('region', { name: zh('comments:title') });
    await expectText(thread, `@${COLLEAGUE.name}`, '请今天内把决策链的联系人补全');
    expect(await composer.inputValue()).toBe('');
    const [comment] = await taskComments(owner, moved.id);
    expect(comment?.body).toContain(`(user:${colleagueId})`);

    // The colleague's bell counts it at once, with no reload of their page.
    const expectedLabel = zh('notifications:bell', { count: unreadBefore + 1 });
    await other.getByRole('button', { name: expectedLabel, exact: true }).waitFor({ timeout: 10_000 });
    expect(bellLabelBefore).not.toBe(expectedLabel);
    expect(await unreadCount(colleague)).toBe(unreadBefore + 1);
    const [latest] = await notifications(colleague);
    expect(latest?.kind).toBe('mentioned');

    await bell(other).click();
    const subject = zh('notifications:subject.task', { key: moved.key, title: moved.title });
    const sentence = zh('notifications:kinds.mentioned', { actor: OWNER.name, subject });
    await other.getByRole('link', { name: new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('the list shows the tasks and edits a status inline', async () => {
    const { page } = ownerUi;
    const tasks = await projectTasks(owner, project.id);
    await page.goto(`/projects/${PROJECT.key}/list`);
    await expectText(page.locator('main'), zh('tasks:list.total_other', { count: tasks.length }));
    const task = tasks.find((item) => item.status.category === 'todo' && item.parentId !== null);
    if (!task) throw new Error('No task to do');
    // The ungrouped list is antd's virtual table, whose body rows are plain divs (no role="row").
    const rowOf = (key: string) => page.locator('.ant-table-row').filter({ hasText: key });
    const row = rowOf(task.key);
    await expectText(row, task.title);

    const doing = project.statuses.find((status) => status.category === 'in_progress');
    if (!doing) throw new Error('No in-progress status');
    await row.getByLabel(zh('tasks:columns.status')).click();
    const patched = answer(page, 'PATCH', `/tasks/${task.id}`);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: doing.name }).click();
    expect((await patched).status(), 'PATCH /tasks/:id').toBe(200);
    expect((await taskByKey(owner, task.key)).status.id).toBe(doing.id);
    await page.reload();
    await expectText(rowOf(task.key), doing.name);
  });

  it('? shows the shortcuts and c creates a task with Enter', async () => {
    const { page } = ownerUi;
    await page.goto(`/projects/${PROJECT.key}/board`);
    await column(page, project.statuses[0]?.name ?? '').waitFor();

    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: zh('shortcuts:title') });
    await expectText(help, zh('shortcuts:quickAdd'), zh('shortcuts:help'));
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await page.keyboard.press('c');
    const quickAdd = page.getByRole('dialog', { name: zh('tasks:quickAdd.title') });
    const title = quickAdd.getByLabel(zh('tasks:columns.title'));
    await title.waitFor();
    await expectText(quickAdd, `${PROJECT.key} · ${PROJECT.name}`);
    await title.pressSequentially('准备招标文件的资质材料');
    const created = answer(page, 'POST', '/tasks');
    await title.press('Enter');
    const response = await created;
    expect(response.status(), 'POST /tasks').toBe(201);
    const task = (await response.json()) as Task;
    expect([task.projectId, task.title]).toEqual([project.id, '准备招标文件的资质材料']);
    await expectToast(page, zh('tasks:quickAdd.created', { key: task.key }));
    await quickAdd.waitFor({ state: 'hidden' });
    await card(page, task).waitFor();
  });
});
