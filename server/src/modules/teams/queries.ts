import { and, asc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { memberships, teamMembers, teams, users } from '#db/schema/index.ts';

export type TeamMemberRow = { userId: string; name: string; avatarColor: string; isLead: boolean };

export type TeamRow = {
  id: string;
  name: string;
  description: string;
  parentId: string | null;
  createdAt: Date;
  version: number;
  members: TeamMemberRow[];
};

/** A team's own columns, without its members: what writes compare and audit. */
export type TeamFields = Omit<TeamRow, 'members'>;

const teamFields = {
  id: teams.id,
  name: teams.name,
  description: teams.description,
  parentId: teams.parentId,
  createdAt: teams.createdAt,
  version: teams.version,
};

const teamColumns = {
  ...teamFields,
  // Members in the same query (leads first): a page of teams costs one round trip. The outer
  // columns are qualified by hand: Drizzle renders a lone-table column as a bare "id", which
  // inside this subquery would mean u.id.
  members: sql<TeamMemberRow[]>`coalesce((
    select json_agg(json_build_object('userId', tm.user_id, 'name', u.name, 'avatarColor', u.avatar_color, 'isLead', tm.is_lead)
      order by tm.is_lead desc, u.name, u.id)
    from ${teamMembers} tm join ${users} u on u.id = tm.user_id
    where tm.org_id = ${teams}.org_id and tm.team_id = ${teams}.id), '[]'::json)`,
};

/** One page of the organisation's teams by name then id, members included. */
export async function listTeams(
  db: Executor,
  orgId: string,
  page: { limit: number; after: [string, string] | null },
): Promise<TeamRow[]> {
  const conditions: SQL[] = [eq(teams.orgId, orgId)];
  if (page.after) conditions.push(sql`(${teams.name}, ${teams.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`);
  return (await db
    .select(teamColumns)
    .from(teams)
    .where(and(...conditions))
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(page.limit + 1)) as TeamRow[];
}

export async function findTeam(db: Executor, orgId: string, id: string): Promise<TeamRow | null> {
  const rows = await db
    .select(teamColumns)
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  return (rows[0] as TeamRow | undefined) ?? null;
}

/** The team's own columns, locked against other writers (but not against member inserts) until the transaction ends. */
export async function findTeamForUpdate(db: Executor, orgId: string, id: string): Promise<TeamFields | null> {
  const rows = await db
    .select(teamFields)
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .for('no key update');
  return rows[0] ?? null;
}

export async function teamExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Serialises changes to one organisation's team tree for the rest of the transaction, so that
 * two concurrent moves cannot build a cycle and two top-level teams cannot share a name (the
 * unique index treats a null parent as distinct).
 */
export async function lockTeamTree(db: Executor, orgId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`teams:${orgId}`}))`);
}

/** Whether a sibling under the same parent already has this name. */
export async function isTeamNameTaken(
  db: Executor,
  orgId: string,
  parentId: string | null,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const conditions: SQL[] = [
    eq(teams.orgId, orgId),
    parentId === null ? isNull(teams.parentId) : eq(teams.parentId, parentId),
    eq(teams.name, name),
  ];
  if (exceptId) conditions.push(ne(teams.id, exceptId));
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

export async function hasSubTeams(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.parentId, id)))
    .limit(1);
  return rows.length > 0;
}

export async function insertTeam(db: Executor, row: typeof teams.$inferInsert): Promise<void> {
  await db.insert(teams).values(row);
}

/** Updates when the version matches; no row back means someone else changed it first. */
export async function updateTeamVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<Pick<TeamFields, 'name' | 'description' | 'parentId'>>,
  at: Date,
): Promise<TeamFields | null> {
  const conditions = [eq(teams.orgId, orgId), eq(teams.id, id)];
  if (version !== undefined) conditions.push(eq(teams.version, version));
  const [row] = await db
    .update(teams)
    .set({ ...patch, updatedAt: at, version: sql`${teams.version} + 1` })
    .where(and(...conditions))
    .returning(teamFields);
  return row ?? null;
}

/** Deletes the team; its team_members rows go with it (ON DELETE CASCADE). */
export async function deleteTeam(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(teams).where(and(eq(teams.orgId, orgId), eq(teams.id, id)));
}

/** An active member of the organisation, with the name the audit log shows; null otherwise. */
export async function findActiveMember(
  db: Executor,
  orgId: string,
  userId: string,
): Promise<{ userId: string; name: string } | null> {
  const rows = await db
    .select({ userId: memberships.userId, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .limit(1);
  return rows[0] ?? null;
}

export async function findTeamMember(
  db: Executor,
  orgId: string,
  teamId: string,
  userId: string,
): Promise<{ userId: string; isLead: boolean } | null> {
  const rows = await db
    .select({ userId: teamMembers.userId, isLead: teamMembers.isLead })
    .from(teamMembers)
    .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function upsertTeamMember(
  db: Executor,
  row: { orgId: string; teamId: string; userId: string; isLead: boolean },
): Promise<void> {
  await db
    .insert(teamMembers)
    .values(row)
    .onConflictDoUpdate({
      target: [teamMembers.orgId, teamMembers.teamId, teamMembers.userId],
      set: { isLead: row.isLead },
    });
}

export async function deleteTeamMember(db: Executor, orgId: string, teamId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
    .returning({ userId: teamMembers.userId });
  return rows.length > 0;
}
