import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import { buildTaskWorld, createTask, uploadFile } from '#test/factories/task-parts.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildTaskWorld(t.app, await buildOrg(t.app), await buildOrg(t.app));
});
afterAll(async () => t.close());

const url = (taskId: string) => `/api/v1/tasks/${taskId}/attachments`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
const MiB = 1024 * 1024;

const upload = uploadFile;

describe('attachments', () => {
  it('uploads, lists, downloads with safe headers and deletes a file', async () => {
    const task = await createTask(w.member, w.project.id);
    const created = await upload(w.member, task.id, '../季度 报价.png', 'image/png', PNG);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      taskId: task.id,
      fileName: '季度 报价.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
      uploadedBy: { id: w.member.userId, name: '李强' },
      abilities: { delete: true },
    });
    const list = await w.viewer.get(url(task.id));
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    expect(list.body.items[0].abilities.delete).toBe(false);

    const download = await t.app.inject({
      method: 'GET',
      url: `${url(task.id)}/${created.body.id}`,
      headers: { cookie: w.viewer.cookie! },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__ __.png"; filename*=UTF-8''%E5%AD%A3%E5%BA%A6%20%E6%8A%A5%E4%BB%B7.png`,
    );
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(PNG).digest('hex'),
    );
    const orgDir = path.join(t.platform.config.dataDir, 'files', w.owner.orgId!);
    expect(readdirSync(orgDir)).toHaveLength(1);

    expect((await w.member.delete(`${url(task.id)}/${created.body.id}`)).status).toBe(204);
    expect((await w.member.get(url(task.id))).body.items).toEqual([]);
    expect((await w.member.get(`${url(task.id)}/${created.body.id}`)).status).toBe(404);
    expect(readdirSync(orgDir)).toHaveLength(0);
    const audit = await w.owner.get('/api/v1/audit-log', { query: { targetId: task.id } });
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['task.attachment_added', 'task.attachment_deleted']));
  });

  it('takes 20 MiB and refuses 20 MiB + 1 byte with 413, leaving no file behind', async () => {
    const task = await createTask(w.member, w.project.id);
    const exact = await upload(w.member, task.id, 'notes.txt', 'text/plain', Buffer.alloc(20 * MiB, 'a'));
    expect(exact.status).toBe(201);
    expect(exact.body.sizeBytes).toBe(20 * MiB);
    const over = await upload(w.member, task.id, 'notes.txt', 'text/plain', Buffer.alloc(20 * MiB + 1, 'a'));
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('payload_too_large');
    const orgDir = path.join(t.platform.config.dataDir, 'files', w.owner.orgId!);
    expect(readdirSync(orgDir).filter((f) => f.startsWith('.upload-'))).toEqual([]);
  }, 60_000);

  it('detects the real type: 415 on a contradiction or a program; markup served as octet-stream', async () => {
    const task = await createTask(w.member, w.project.id);
    const lie = await upload(w.member, task.id, 'photo.jpg', 'image/jpeg', Buffer.from('%PDF-1.7\n...'));
    expect(lie.status).toBe(415);
    expect(lie.body.code).toBe('unsupported_media_type');
    const exe = await upload(w.member, task.id, 'setup.exe', 'application/octet-stream', Buffer.from('MZ\x90\x00'));
    expect(exe.status).toBe(415);
    const pdf = await upload(w.member, task.id, 'contract', 'application/octet-stream', Buffer.from('%PDF-1.7\n'));
    expect(pdf.body.contentType).toBe('application/pdf');
    const html = await upload(w.member, task.id, 'x.html', 'text/html', Buffer.from('<html><script>alert(1)</script>'));
    expect(html.status).toBe(201);
    expect(html.body.contentType).toBe('application/octet-stream');
    const csv = await upload(w.member, task.id, '客户.csv', 'text/csv', Buffer.from('客户,金额\n华东,100\n'));
    expect(csv.body.contentType).toBe('text/csv');
  });

  it('refuses bodies that are not one file part', async () => {
    const task = await createTask(w.member, w.project.id);
    const json = await w.member.post(url(task.id), { file: 'x' });
    expect(json.status).toBe(415);
    const empty = await upload(w.member, task.id, 'empty.txt', 'text/plain', Buffer.alloc(0));
    expect(empty.status).toBe(422);
    const boundary = 'xyz';
    const noFile = await w.member.request('POST', url(task.id), {
      body: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(noFile.status).toBe(422);
  });

  it('answers 403 to a project viewer and 404 to outsiders and other organisations', async () => {
    const task = await createTask(w.member, w.project.id);
    expect((await upload(w.viewer, task.id, 'a.png', 'image/png', PNG)).status).toBe(403);
    expect((await upload(w.outsider, task.id, 'a.png', 'image/png', PNG)).status).toBe(404);
    expect((await w.outsider.get(url(task.id))).status).toBe(404);
    expect((await upload(w.owner, w.foreignTask.id, 'a.png', 'image/png', PNG)).status).toBe(404);
    const file = (await upload(w.member, task.id, 'a.png', 'image/png', PNG)).body;
    expect((await w.outsider.get(`${url(task.id)}/${file.id}`)).status).toBe(404);
    expect((await w.viewer.delete(`${url(task.id)}/${file.id}`)).status).toBe(403);
    const otherTask = await createTask(w.member, w.project.id);
    expect((await w.member.get(`${url(otherTask.id)}/${file.id}`)).status).toBe(404);
  });
});

describe('broken multipart bodies', () => {
  it('answers 400, never 500', async () => {
    const task = await createTask(w.member, w.project.id);
    for (const body of [
      '{"file":"x"}',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
    ]) {
      const response = await w.member.request('POST', url(task.id), {
        body,
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect(response.status, response.text).toBeLessThan(500);
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
    const noBoundary = await w.member.request('POST', url(task.id), {
      body: 'abc',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.status).toBe(400);
  });
});
