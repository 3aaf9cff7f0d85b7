import type {
  ListNotificationsQuery,
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  PutNotificationPreferencesBody,
  UnreadCount,
} from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { pageRequest, toPage } from '#platform/http/pagination.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { withDefaults } from './preferences.ts';
import { toNotificationDto } from './presenter.ts';
import { countUnread, findPreferences, listNotifications as listRows, markRead, upsertPreferences } from './queries.ts';

type Deps = { clock: Clock };

/** The reader's inbox, newest first; `unreadOnly` keeps the unread ones. */
async function listNotifications(
  _deps: Deps,
  ctx: RequestContext,
  query: ListNotificationsQuery,
): Promise<NotificationPage> {
  const page = pageRequest(query, ['uuid']);
  const rows = await listRows(
    ctx.db,
    ctx.orgId,
    ctx.actor.userId,
    { unreadOnly: query.unreadOnly === true },
    { limit: page.limit, before: (page.cursor?.[0] as string | undefined) ?? null },
  );
  return toPage(rows, page.limit, (row) => [row.id], toNotificationDto);
}

async function getUnreadCount(_deps: Deps, ctx: RequestContext): Promise<UnreadCount> {
  return { count: await countUnread(ctx.db, ctx.orgId, ctx.actor.userId) };
}

/** Marks some (or all) of the reader's notifications read; their other tabs hear of it. */
async function markNotificationsRead(
  deps: Deps,
  ctx: RequestContext,
  ids: string[] | 'all',
): Promise<{ updated: number }> {
  return withTx(ctx, async (tx) => {
    const changed = await markRead(tx.db, ctx.orgId, ctx.actor.userId, ids, deps.clock.now());
    if (changed.length) {
      await addOutboxEvent(tx.db, tx, {
        type: 'notifications.read',
        payload: { ids: ids === 'all' ? 'all' : changed },
        audience: { userIds: [ctx.actor.userId] },
      });
    }
    return { updated: changed.length };
  });
}

async function getPreferences(_deps: Deps, ctx: RequestContext): Promise<NotificationPreferences> {
  return { items: withDefaults(await findPreferences(ctx.db, ctx.orgId, [ctx.actor.userId])) };
}

/** Sets the channels of the given kinds; mentions always stay in the inbox. */
async function putPreferences(
  deps: Deps,
  ctx: RequestContext,
  input: PutNotificationPreferencesBody,
): Promise<NotificationPreferences> {
  return withTx(ctx, async (tx) => {
    const before = withDefaults(await findPreferences(tx.db, ctx.orgId, [ctx.actor.userId]));
    const items = new Map<NotificationKind, { kind: NotificationKind; inApp: boolean; email: boolean }>();
    for (const item of input.items)
      items.set(item.kind, { ...item, inApp: item.kind === 'mentioned' ? true : item.inApp });
    const now = deps.clock.now();
    await upsertPreferences(tx.db, ctx.orgId, ctx.actor.userId, [...items.values()], now);
    const after = withDefaults(await findPreferences(tx.db, ctx.orgId, [ctx.actor.userId]));
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const next of after) {
      const prev = before.find((p) => p.kind === next.kind)!;
      if (prev.inApp !== next.inApp || prev.email !== next.email) {
        changes[next.kind] = {
          from: { inApp: prev.inApp, email: prev.email },
          to: { inApp: next.inApp, email: next.email },
        };
      }
    }
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'notification_preferences.updated',
        targetType: 'user',
        targetId: ctx.actor.userId,
        targetLabel: ctx.actor.name,
        changes,
      },
      now,
    );
    return { items: after };
  });
}

/** The reader's notifications and how they want to receive them. */
export function createNotificationsService(deps: Deps) {
  return {
    listNotifications: bindDeps(deps, listNotifications),
    getUnreadCount: bindDeps(deps, getUnreadCount),
    markNotificationsRead: bindDeps(deps, markNotificationsRead),
    getPreferences: bindDeps(deps, getPreferences),
    putPreferences: bindDeps(deps, putPreferences),
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
