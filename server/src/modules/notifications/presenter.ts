import type { Notification, NotificationData, NotificationKind } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { NotificationRow } from './queries.ts';

/** A notification as its reader's client words it: kind + data, and who caused it. */
export function toNotificationDto(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    actor:
      row.actorId && row.actorName
        ? {
            id: row.actorId,
            name: row.actorName,
            initials: initialsOf(row.actorName),
            avatarColor: row.actorColor ?? '#1677ff',
          }
        : null,
    targetType: row.targetType,
    targetId: row.targetId,
    data: row.data as NotificationData,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
