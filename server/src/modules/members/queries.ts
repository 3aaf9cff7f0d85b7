import { and, asc, desc, eq, gt, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  apiTokens,
  invitations,
  memberships,
  organizations,
  sessions,
  teamMembers,
  teams,
  users,
} from '#db/schema/index.ts';

export type MemberFilter = { q?: string; role?: string; status?: string; teamId?: string };
export type MemberSort = 'name' | '-name' | 'joinedAt' | '-joinedAt';

const memberColumns = {
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  avatarColor: users.avatarColor,
  role: memberships.role,
  status: memberships.status,
  title: memberships.title,
  joinedAt: memberships.joinedAt,
  version: memberships.version,
  // Teams and last activity in the same query: no per-row round trips.
  teams: sql<{ id: string; name: string; isLead: boolean }[]>`coalesce((
    select json_agg(json_build_object('id', t.id, 'name', t.name, 'isLead', tm.is_lead) order by t.name)
    from ${teamMembers} tm join ${teams} t on t.org_id = tm.org_id and t.id = tm.team_id
    where tm.org_id = ${memberships.orgId} and tm.user_id = ${memberships.userId}), '[]'::json)`,
  lastSeenAt: sql<
    string | null
  >`(select max(s.last_seen_at) from ${sessions} s where s.user_id = ${memberships.userId} and s.org_id = ${memberships.orgId})`,
};

export type MemberRow = {
  userId: string;
  email: string;
  name: string;
  avatarColor: string;
  role: string;
  status: string;
  title: string;
  joinedAt: Date;
  version: number;
  teams: { id: string; name: string; isLead: boolean }[];
  lastSeenAt: string | Date | null;
};

function sortSpec(sort: MemberSort) {
  const descending = sort.startsWith('-');
  const column = sort.endsWith('name') ? users.name : memberships.joinedAt;
  return { column, descending };
}

/** One page of members, filtered in SQL, keyset-paginated on (sort column, user id). */
export async function listMembers(
  db: Executor,
  orgId: string,
  filter: MemberFilter,
  sort: MemberSort,
  page: { limit: number; cursor: unknown[] | null },
): Promise<MemberRow[]> {
  const conditions: (SQL | undefined)[] = [eq(memberships.orgId, orgId)];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, like), ilike(users.email, like)));
  }
  if (filter.role) conditions.push(eq(memberships.role, filter.role));
  if (filter.status) conditions.push(eq(memberships.status, filter.status));
  if (filter.teamId) {
    conditions.push(
      sql`exists (select 1 from ${teamMembers} tm where tm.org_id = ${orgId} and tm.team_id = ${filter.teamId} and tm.user_id = ${memberships.userId})`,
    );
  }
  const { column, descending } = sortSpec(sort);
  if (page.cursor) {
    const [value, id] = page.cursor as [string, string];
    const cursorValue = column === memberships.joinedAt ? new Date(value) : value;
    conditions.push(
      descending
        ? sql`(${column}, ${memberships.userId}) < (${cursorValue}, ${id})`
        : sql`(${column}, ${memberships.userId}) > (${cursorValue}, ${id})`,
    );
  }
  const order = descending ? [desc(column), desc(memberships.userId)] : [asc(column), asc(memberships.userId)];
  return (await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(page.limit + 1)) as MemberRow[];
}

export async function findMember(db: Executor, orgId: string, userId: string): Promise<MemberRow | null> {
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .limit(1);
  return (rows[0] as MemberRow | undefined) ?? null;
}

export async function updateMembershipVersioned(
  db: Executor,
  orgId: string,
  userId: string,
  version: number | undefined,
  patch: { role?: string; title?: string; status?: string },
  at: Date,
): Promise<number | null> {
  const conditions = [eq(memberships.orgId, orgId), eq(memberships.userId, userId)];
  if (version !== undefined) conditions.push(eq(memberships.version, version));
  const rows = await db
    .update(memberships)
    .set({ ...patch, updatedAt: at, version: sql`${memberships.version} + 1` })
    .where(and(...conditions))
    .returning({ version: memberships.version });
  return rows[0]?.version ?? null;
}

/** Active owners, locked so that two concurrent demotions cannot both pass the last-owner check. */
export async function lockActiveOwners(db: Executor, orgId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner'), eq(memberships.status, 'active')))
    .for('update');
  return rows.map((r) => r.userId);
}

export async function revokeMemberTokens(db: Executor, orgId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

/** A member's live sessions in this organisation (what an admin may see and end). */
export async function listMemberSessions(db: Executor, orgId: string, userId: string, now: Date) {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.orgId, orgId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt))
    .limit(200);
}

export async function addTeamMembership(db: Executor, orgId: string, teamId: string, userId: string): Promise<void> {
  await db.insert(teamMembers).values({ orgId, teamId, userId }).onConflictDoNothing();
}

export async function teamExists(db: Executor, orgId: string, teamId: string): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)))
    .limit(1);
  return rows.length > 0;
}

// Invitations

export type InvitationRow = typeof invitations.$inferSelect & { invitedByName: string };

const invitationColumns = {
  orgId: invitations.orgId,
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  teamId: invitations.teamId,
  tokenHash: invitations.tokenHash,
  invitedBy: invitations.invitedBy,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  invitedByName: users.name,
};

export async function insertInvitation(db: Executor, row: typeof invitations.$inferInsert): Promise<void> {
  await db.insert(invitations).values(row);
}

/** Open invitations (not accepted, not revoked), newest first, keyset on id (time-ordered). */
export async function listOpenInvitations(
  db: Executor,
  orgId: string,
  page: { limit: number; cursor: unknown[] | null },
): Promise<InvitationRow[]> {
  const conditions = [eq(invitations.orgId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)];
  if (page.cursor) conditions.push(sql`${invitations.id} < ${page.cursor[0] as string}`);
  return db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(...conditions))
    .orderBy(desc(invitations.id))
    .limit(page.limit + 1);
}

export async function findInvitation(db: Executor, orgId: string, id: string): Promise<InvitationRow | null> {
  const rows = await db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** The invitation behind a link, with its organisation's name; locked when accepting. */
export async function findInvitationByToken(db: Executor, tokenHash: string, lock = false) {
  const query = db
    .select({ ...invitationColumns, orgName: organizations.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  const rows = lock ? await query.for('update', { of: invitations }) : await query;
  return rows[0] ?? null;
}

export async function markInvitation(
  db: Executor,
  orgId: string,
  id: string,
  patch: { acceptedAt?: Date; revokedAt?: Date },
): Promise<void> {
  await db
    .update(invitations)
    .set(patch)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)));
}
