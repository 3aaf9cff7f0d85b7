import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { notificationPreferences, notifications } from '#db/schema/index.ts';

export type NotificationRow = {
  id: string;
  kind: string;
  actorId: string | null;
  actorName: string | null;
  actorColor: string | null;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
};

/** Rows kept only for the e-mail digest (in-app turned off) carry `inbox: false` and stay out of the inbox. */
const IN_INBOX = sql`coalesce((n.data->>'inbox')::boolean, true)`;

/** One page of a person's inbox, newest first (ids are time-ordered). */
export async function listNotifications(
  db: Executor,
  orgId: string,
  userId: string,
  filter: { unreadOnly: boolean },
  page: { limit: number; before: string | null },
): Promise<NotificationRow[]> {
  const unread = filter.unreadOnly ? sql`and n.read_at is null` : sql``;
  const before = page.before ? sql`and n.id < ${page.before}::uuid` : sql``;
  const rows = await queryRows<NotificationRow>(
    db,
    sql`
    select n.id, n.kind, n.actor_id as "actorId", u.name as "actorName", u.avatar_color as "actorColor",
      n.target_type as "targetType", n.target_id as "targetId", n.data, n.read_at as "readAt", n.created_at as "createdAt"
    from notifications n left join users u on u.id = n.actor_id
    where n.org_id = ${orgId} and n.user_id = ${userId} and ${IN_INBOX} ${unread} ${before}
    order by n.id desc limit ${page.limit + 1}`,
  );
  return rows.map((r) => ({ ...r, readAt: r.readAt ? new Date(r.readAt) : null, createdAt: new Date(r.createdAt) }));
}

export async function countUnread(db: Executor, orgId: string, userId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from notifications n
      where n.org_id = ${orgId} and n.user_id = ${userId} and n.read_at is null`,
  );
  return rows[0]?.n ?? 0;
}

/** Marks the person's own notifications read; others' ids are ignored. Answers the ids changed. */
export async function markRead(
  db: Executor,
  orgId: string,
  userId: string,
  ids: string[] | 'all',
  at: Date,
): Promise<string[]> {
  const conditions = [eq(notifications.orgId, orgId), eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids !== 'all') conditions.push(inArray(notifications.id, ids));
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

export async function findPreferences(db: Executor, orgId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: notificationPreferences.userId,
      kind: notificationPreferences.kind,
      inApp: notificationPreferences.inApp,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.orgId, orgId), inArray(notificationPreferences.userId, userIds)));
}

export async function upsertPreferences(
  db: Executor,
  orgId: string,
  userId: string,
  items: { kind: string; inApp: boolean; email: boolean }[],
  at: Date,
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(items.map((item) => ({ orgId, userId, ...item, updatedAt: at })))
    .onConflictDoUpdate({
      target: [notificationPreferences.orgId, notificationPreferences.userId, notificationPreferences.kind],
      set: { inApp: sql`excluded.in_app`, email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` },
    });
}

/** Inserts unless the same dedupe key already reached this person; answers whether it was new. */
export async function insertNotification(db: Executor, row: typeof notifications.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(notifications).values(row).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length > 0;
}
