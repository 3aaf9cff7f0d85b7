import type { Notification } from '@meridian/contracts';
import type { TFunction } from 'i18next';

/** What the notification is about, as the reader's language quotes it: `SALES-42「报价」` / `SALES-42 “Quote”`. */
export function subjectOf(n: Pick<Notification, 'data'>, t: TFunction): string {
  const d = n.data;
  if (d.taskKey) return t('notifications:subject.task', { key: d.taskKey, title: d.taskTitle ?? '' });
  return t('notifications:subject.project', { name: d.projectName ?? '' });
}

/** The notification's sentence, worded from its kind and data in the reader's language. */
export function notificationText(n: Pick<Notification, 'kind' | 'data' | 'actor'>, t: TFunction): string {
  const actor = n.actor?.name ?? t('notifications:someone');
  return t(`notifications:kinds.${n.kind}`, { actor, subject: subjectOf(n, t), dueDate: n.data.dueDate ?? '' });
}

/** The quoted text under the sentence: the comment's excerpt, the completion note or the block reason. */
export function notificationDetail(n: Pick<Notification, 'data'>): string | null {
  return n.data.excerpt || n.data.note || n.data.reason || null;
}

/** Where a notification leads: the task by key, else the project. */
export function notificationLink(n: Pick<Notification, 'data' | 'targetType' | 'targetId'>): string {
  if (n.data.taskKey) return `/tasks/${encodeURIComponent(n.data.taskKey)}`;
  if (n.targetType === 'project') return `/projects/${n.targetId}`;
  return n.data.projectId ? `/projects/${n.data.projectId}` : '/notifications';
}
