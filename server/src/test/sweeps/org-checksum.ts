import { sql } from 'drizzle-orm';
import type { Database } from '#db/client.ts';

/**
 * One md5 over everything an organisation owns: its row, memberships, members' user rows and
 * sessions, invitations, teams, team members and tokens, plus how many audit, outbox and job
 * rows it has. Columns that reads touch (`last_seen_at`, `last_used_at`) are left out.
 */
export async function orgChecksum(database: Database, orgId: string): Promise<string> {
  const members = sql`(select user_id from memberships where org_id = ${orgId})`;
  const result = (await database.db.execute(sql`
    select md5(concat_ws('|',
      (select string_agg(to_jsonb(o)::text, ',') from organizations o where o.id = ${orgId}),
      (select string_agg(to_jsonb(m)::text, ',' order by m.user_id) from memberships m where m.org_id = ${orgId}),
      (select string_agg((to_jsonb(u) - 'last_seen_at')::text, ',' order by u.id) from users u where u.id in ${members}),
      (select string_agg((to_jsonb(s) - 'last_seen_at')::text, ',' order by s.id) from sessions s where s.user_id in ${members}),
      (select string_agg(to_jsonb(i)::text, ',' order by i.id) from invitations i where i.org_id = ${orgId}),
      (select string_agg(to_jsonb(t)::text, ',' order by t.id) from teams t where t.org_id = ${orgId}),
      (select string_agg(to_jsonb(tm)::text, ',' order by tm.team_id, tm.user_id) from team_members tm where tm.org_id = ${orgId}),
      (select string_agg((to_jsonb(a) - 'last_used_at')::text, ',' order by a.id) from api_tokens a where a.org_id = ${orgId}),
      (select count(*)::text from audit_log where org_id = ${orgId}),
      (select count(*)::text from outbox_events where org_id = ${orgId}),
      (select count(*)::text from jobs where org_id = ${orgId})
    )) as checksum
  `)) as unknown as { rows: { checksum: string }[] };
  return result.rows[0]!.checksum;
}
