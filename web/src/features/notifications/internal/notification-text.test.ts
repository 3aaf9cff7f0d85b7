import type { Notification } from '@meridian/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import {
  notificationDetail,
  notificationLink,
  notificationText,
} from '@/features/notifications/internal/notification-text';
import { i18n } from '@/shared/i18n/i18n';

const actor = { id: '0190a1b2-0000-7000-8000-000000000001', name: '王芳', initials: '王芳', avatarColor: '#1677ff' };
const base: Notification = {
  id: '0190a1b2-0000-7000-8000-0000000000aa',
  kind: 'mentioned',
  actor,
  targetType: 'task',
  targetId: '0190a1b2-0000-7000-8000-0000000000bb',
  data: { taskKey: 'SALES-42', taskTitle: '季度报价', excerpt: '@张伟 请确认' },
  readAt: null,
  createdAt: '2026-03-10T01:30:00.000Z',
};

afterAll(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('notification text', () => {
  it('words every kind in Chinese with the task key and title', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(notificationText(base, t)).toBe('王芳 在 SALES-42「季度报价」中提到了你');
    expect(notificationText({ ...base, kind: 'assigned' }, t)).toBe('王芳 把 SALES-42「季度报价」分配给了你');
    expect(
      notificationText({ ...base, kind: 'due_soon', actor: null, data: { ...base.data, dueDate: '2026-03-11' } }, t),
    ).toBe('SALES-42「季度报价」明天到期');
  });

  it('words them in English, and a project comment by the project name', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(notificationText(base, t)).toBe('王芳 mentioned you in SALES-42 “季度报价”');
    expect(
      notificationText({ ...base, kind: 'overdue', actor: null, data: { ...base.data, dueDate: '2026-03-05' } }, t),
    ).toBe('SALES-42 “季度报价” is overdue (due 2026-03-05)');
    const onProject = {
      ...base,
      kind: 'commented' as const,
      targetType: 'project',
      data: { projectName: '新品上市推广', projectId: 'p1' },
    };
    expect(notificationText(onProject, t)).toBe('王芳 commented on project “新品上市推广”');
    expect(notificationLink(onProject)).toBe(`/projects/${base.targetId}`);
  });

  it('links to the task by key and shows the excerpt, note or reason', () => {
    expect(notificationLink(base)).toBe('/tasks/SALES-42');
    expect(notificationDetail(base)).toBe('@张伟 请确认');
    expect(notificationDetail({ data: { note: '已签约' } })).toBe('已签约');
    expect(notificationDetail({ data: {} })).toBeNull();
  });
});
