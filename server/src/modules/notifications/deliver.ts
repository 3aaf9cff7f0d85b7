import type { NotificationData, NotificationKind } from '@meridian/contracts';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { withDefaults } from './preferences.ts';
import { findPreferences, insertNotification } from './queries.ts';

export type NotifyInput = {
  orgId: string;
  kind: NotificationKind;
  recipients: string[];
  actorId: string | null;
  target: { type: string; id: string };
  data: NotificationData;
  /** Unique per recipient: the same key never notifies the same person twice (redelivery, reruns). */
  dedupeKey: string;
  at: Date;
};

/** Handlers and jobs have no request: their outbox events carry no actor. */
export function systemContext(db: Executor): AnyContext {
  return { db, orgId: null, actor: null, requestId: '', locale: 'zh-CN', timeZone: 'UTC', ip: '', userAgent: '' };
}

async function activeMembers(db: Executor, orgId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await queryRows<{ userId: string }>(
    db,
    sql`select user_id as "userId" from memberships
      where org_id = ${orgId} and status = 'active' and user_id = any(${`{${userIds.join(',')}}`}::uuid[])`,
  );
  return new Set(rows.map((r) => r.userId));
}

/**
 * Writes one notification per recipient who wants this kind in the inbox or by e-mail, and an
 * outbox event that only that recipient's clients receive. Answers the recipients notified now.
 */
export async function notify(db: Executor, input: NotifyInput): Promise<string[]> {
  const unique = [...new Set(input.recipients)];
  if (unique.length === 0) return [];
  const active = await activeMembers(db, input.orgId, unique);
  const recipients = unique.filter((id) => active.has(id));
  const stored = await findPreferences(db, input.orgId, recipients);
  const notified: string[] = [];
  for (const userId of recipients) {
    const prefs = withDefaults(stored.filter((p) => p.userId === userId)).find((p) => p.kind === input.kind)!;
    if (!prefs.inApp && !prefs.email) continue;
    const id = newId();
    const inserted = await insertNotification(db, {
      orgId: input.orgId,
      id,
      userId,
      kind: input.kind,
      actorId: input.actorId,
      targetType: input.target.type,
      targetId: input.target.id,
      data: prefs.inApp ? input.data : { ...input.data, inbox: false },
      dedupeKey: input.dedupeKey,
      // Kept only for the e-mail digest: nothing to count as unread.
      readAt: prefs.inApp ? null : input.at,
      emailedAt: prefs.email ? null : input.at,
      createdAt: input.at,
    });
    if (!inserted) continue;
    notified.push(userId);
    if (prefs.inApp) {
      await addOutboxEvent(db, systemContext(db), {
        orgId: input.orgId,
        type: 'notification.created',
        payload: { notificationId: id, kind: input.kind },
        audience: { userIds: [userId] },
      });
    }
  }
  return notified;
}
