import type { NotificationData } from '@meridian/contracts';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { enqueueMail } from '#platform/mail/mail-job.ts';
import { digestMail } from './digest-text.ts';

/** Notifications wait this long for an e-mail, so one burst of events makes one mail, and a read one none. */
export const DIGEST_DELAY_MS = 2 * 60 * 1000;

type PendingRow = {
  id: string;
  orgId: string;
  userId: string;
  email: string;
  locale: string;
  kind: string;
  actorName: string | null;
  data: NotificationData;
  readAt: Date | null;
};

/**
 * Sends each person ONE mail summarising their notifications not yet e-mailed (those whose kind
 * they want by e-mail), and marks them e-mailed; ones already read in the app are marked, not sent.
 */
export async function sendEmailDigests(db: Db, clock: Clock, publicUrl: string): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const rows = await queryRows<PendingRow>(
      tx,
      sql`
      select n.id, n.org_id as "orgId", n.user_id as "userId", u.email, u.locale, n.kind,
        a.name as "actorName", n.data, n.read_at as "readAt"
      from notifications n
      join users u on u.id = n.user_id
      left join users a on a.id = n.actor_id
      where n.emailed_at is null and n.created_at <= ${new Date(now.getTime() - DIGEST_DELAY_MS)}
      order by n.org_id, n.user_id, n.id
      limit 2000
      for update of n skip locked`,
    );
    const groups = new Map<string, PendingRow[]>();
    for (const row of rows) {
      const key = `${row.orgId}:${row.userId}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    let mails = 0;
    for (const group of groups.values()) {
      const unread = group.filter(
        (row) => !row.readAt || (row.data && (row.data as { inbox?: boolean }).inbox === false),
      );
      if (unread.length === 0) continue;
      const first = unread[0]!;
      const locale = first.locale === 'en' ? 'en' : 'zh-CN';
      await enqueueMail(tx, { to: first.email, ...digestMail(unread, locale, publicUrl) }, first.orgId);
      mails += 1;
    }
    if (rows.length) {
      const ids = `{${rows.map((r) => r.id).join(',')}}`;
      await tx.execute(
        sql`update notifications set emailed_at = ${now} where id = any(${ids}::uuid[]) and emailed_at is null`,
      );
    }
    return mails;
  });
}
