import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import { addProjectMember, buildTaskWorld, createTask } from '#test/factories/task-parts.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildTaskWorld(t.app, await buildOrg(t.app), await buildOrg(t.app));
});
afterAll(async () => t.close());

const url = (taskId: string) => `/api/v1/tasks/${taskId}/time-entries`;
const loggedHours = async (taskId: string) => (await w.owner.get(`/api/v1/tasks/${taskId}`)).body.loggedHours;

describe('time entries', () => {
  it('logs time, keeps the task total from the sum, lists newest day first and deletes', async () => {
    const task = await createTask(w.member, w.project.id);
    const first = await w.member.post(url(task.id), { day: '2026-03-02', hours: 1.5, note: ' 电话沟通 ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      taskId: task.id,
      day: '2026-03-02',
      hours: 1.5,
      note: '电话沟通',
      user: { id: w.member.userId, name: '李强' },
      abilities: { delete: true },
    });
    await w.owner.post(url(task.id), { day: '2026-03-03', hours: 0.25 });
    expect(await loggedHours(task.id)).toBe(1.75);

    const list = await w.viewer.get(url(task.id));
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { day: string }) => e.day)).toEqual(['2026-03-03', '2026-03-02']);
    // The viewer may delete neither entry.
    expect(list.body.items.every((e: { abilities: { delete: boolean } }) => !e.abilities.delete)).toBe(true);

    const paged = await w.member.get(url(task.id), { query: { limit: 1 } });
    expect(paged.body.items).toHaveLength(1);
    const next = await w.member.get(url(task.id), { query: { limit: 1, cursor: paged.body.nextCursor } });
    expect(next.body.items[0].id).toBe(first.body.id);
    expect(next.body.nextCursor).toBeNull();

    expect((await w.member.delete(`${url(task.id)}/${first.body.id}`)).status).toBe(204);
    expect(await loggedHours(task.id)).toBe(0.25);
    expect((await w.member.delete(`${url(task.id)}/${first.body.id}`)).status).toBe(404);

    const audit = await w.owner.get('/api/v1/audit-log', { query: { targetId: task.id } });
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['task.time_logged', 'task.time_entry_deleted']));
  });

  it('lets only the author, the project lead or an admin delete an entry', async () => {
    const task = await createTask(w.member, w.project.id);
    const entry = (await w.member.post(url(task.id), { day: '2026-03-02', hours: 2 })).body;
    const colleague = w.outsider;
    await addProjectMember(w.owner, w.project.id, colleague, 'member');
    expect((await colleague.delete(`${url(task.id)}/${entry.id}`)).status).toBe(403);
    expect((await w.viewer.delete(`${url(task.id)}/${entry.id}`)).status).toBe(403);
    expect((await w.owner.delete(`${url(task.id)}/${entry.id}`)).status).toBe(204);
    expect(await loggedHours(task.id)).toBe(0);
  });

  it('validates the body: hours in quarter steps up to 24, a date, a short note', async () => {
    const task = await createTask(w.member, w.project.id);
    for (const body of [
      { day: '2026-03-02', hours: 0 },
      { day: '2026-03-02', hours: 25 },
      { day: '2026-03-02', hours: 1.1 },
      { day: '02/03/2026', hours: 1 },
      { day: '2026-03-02', hours: 1, note: 'x'.repeat(1001) },
      { hours: 1 },
    ]) {
      const response = await w.member.post(url(task.id), body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.body.code).toBe('validation_failed');
    }
    const badCursor = await w.member.get(url(task.id), { query: { cursor: 'bm9wZQ' } });
    expect(badCursor.status).toBe(422);
  });

  it('answers 403 to a project viewer and 404 to outsiders and other organisations', async () => {
    const task = await createTask(w.member, w.project.id);
    const viewerTry = await w.viewer.post(url(task.id), { day: '2026-03-02', hours: 1 });
    expect(viewerTry.status).toBe(403);
    const stranger = (await buildTaskWorld(t.app, await buildOrg(t.app), await buildOrg(t.app))).outsider;
    expect((await stranger.get(url(task.id))).status).toBe(404);
    expect((await w.owner.get(url(w.foreignTask.id))).status).toBe(404);
    expect((await w.owner.post(url(w.foreignTask.id), { day: '2026-03-02', hours: 1 })).status).toBe(404);
    const entry = (await w.member.post(url(task.id), { day: '2026-03-02', hours: 1 })).body;
    const otherTask = await createTask(w.member, w.project.id);
    expect((await w.member.delete(`${url(otherTask.id)}/${entry.id}`)).status).toBe(404);
  });
});
