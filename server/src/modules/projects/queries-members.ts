import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { memberships, projectMembers, users } from '#db/schema/index.ts';

export type ProjectMemberRow = {
  userId: string;
  name: string;
  avatarColor: string;
  role: 'lead' | 'member' | 'viewer';
  addedAt: Date;
};

/** The project's members, leads first, then by name. */
export async function listProjectMemberRows(db: Executor, orgId: string, projectId: string) {
  return (await db
    .select({
      userId: projectMembers.userId,
      name: users.name,
      avatarColor: users.avatarColor,
      role: projectMembers.role,
      addedAt: projectMembers.addedAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.orgId, orgId), eq(projectMembers.projectId, projectId)))
    .orderBy(
      sql`case ${projectMembers.role} when 'lead' then 0 when 'member' then 1 else 2 end`,
      asc(users.name),
      asc(projectMembers.userId),
    )) as ProjectMemberRow[];
}

export async function findProjectMember(db: Executor, orgId: string, projectId: string, userId: string) {
  const rows = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(
      and(eq(projectMembers.orgId, orgId), eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** An active member of the organisation (guests included), with their name for audit labels. */
export async function findActiveOrgMember(db: Executor, orgId: string, userId: string) {
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .limit(1);
  return rows[0] ?? null;
}

export async function upsertProjectMember(
  db: Executor,
  row: { orgId: string; projectId: string; userId: string; role: string; addedAt: Date },
): Promise<void> {
  await db
    .insert(projectMembers)
    .values(row)
    .onConflictDoUpdate({
      target: [projectMembers.orgId, projectMembers.projectId, projectMembers.userId],
      set: { role: row.role },
    });
}

export async function deleteProjectMember(db: Executor, orgId: string, projectId: string, userId: string) {
  const rows = await db
    .delete(projectMembers)
    .where(
      and(eq(projectMembers.orgId, orgId), eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)),
    )
    .returning({ userId: projectMembers.userId });
  return rows.length > 0;
}

export async function countProjectLeads(db: Executor, orgId: string, projectId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(projectMembers)
    .where(
      and(eq(projectMembers.orgId, orgId), eq(projectMembers.projectId, projectId), eq(projectMembers.role, 'lead')),
    );
  return row?.count ?? 0;
}
