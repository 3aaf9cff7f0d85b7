import { and, asc, eq, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projects, savedViews, users } from '#db/schema/index.ts';
import { visibleProjectsWhere } from '#modules/projects/policy.ts';
import type { Actor } from '#platform/context/request-context.ts';

export type SavedViewRow = {
  id: string;
  projectId: string | null;
  ownerId: string;
  ownerName: string | null;
  ownerColor: string | null;
  name: string;
  kind: string;
  isShared: boolean;
  config: unknown;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** The actor's role in the view's project (null when none or no project). */
  actorProjectRole: string | null;
};

type Viewer = Pick<Actor, 'userId' | 'role'>;

function columnsFor(actor: Viewer) {
  return {
    id: savedViews.id,
    projectId: savedViews.projectId,
    ownerId: savedViews.ownerId,
    ownerName: users.name,
    ownerColor: users.avatarColor,
    name: savedViews.name,
    kind: savedViews.kind,
    isShared: savedViews.isShared,
    config: savedViews.config,
    createdAt: savedViews.createdAt,
    updatedAt: savedViews.updatedAt,
    version: savedViews.version,
    actorProjectRole: sql<string | null>`(select pm.role from project_members pm
      where pm.org_id = ${savedViews.orgId} and pm.project_id = ${savedViews.projectId} and pm.user_id = ${actor.userId})`,
  };
}

/** Mine (personal or shared, in no project or a project I see) and those shared in projects I see. */
function visibleViewsWhere(actor: Viewer): SQL {
  const projectVisible = and(
    isNotNull(projects.id),
    visibleProjectsWhere(actor, {
      orgId: projects.orgId,
      id: projects.id,
      visibility: projects.visibility,
      deletedAt: projects.deletedAt,
    }),
  )!;
  return or(
    and(eq(savedViews.ownerId, actor.userId), or(isNull(savedViews.projectId), projectVisible)),
    and(eq(savedViews.isShared, true), projectVisible),
  )!;
}

function baseQuery(db: Executor, actor: Viewer) {
  return db
    .select(columnsFor(actor))
    .from(savedViews)
    .leftJoin(projects, and(eq(projects.orgId, savedViews.orgId), eq(projects.id, savedViews.projectId)))
    .leftJoin(users, eq(users.id, savedViews.ownerId));
}

/** The views the actor may use, by name, optionally of one project: one query. */
export async function listVisibleViews(
  db: Executor,
  orgId: string,
  actor: Viewer,
  projectId: string | undefined,
): Promise<SavedViewRow[]> {
  const conditions: SQL[] = [eq(savedViews.orgId, orgId), visibleViewsWhere(actor)];
  if (projectId) conditions.push(eq(savedViews.projectId, projectId));
  return (await baseQuery(db, actor)
    .where(and(...conditions))
    .orderBy(asc(savedViews.name), asc(savedViews.id))
    .limit(500)) as SavedViewRow[];
}

/** One view if the actor may see it. */
export async function findVisibleView(db: Executor, orgId: string, actor: Viewer, id: string) {
  const [row] = await baseQuery(db, actor)
    .where(and(eq(savedViews.orgId, orgId), eq(savedViews.id, id), visibleViewsWhere(actor)))
    .limit(1);
  return (row as SavedViewRow | undefined) ?? null;
}

export async function insertView(db: Executor, row: typeof savedViews.$inferInsert): Promise<void> {
  await db.insert(savedViews).values(row);
}

/** Updates when the version matches (or none is given); false means someone changed it first. */
export async function updateViewVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<Pick<typeof savedViews.$inferInsert, 'name' | 'isShared' | 'config'>>,
  at: Date,
): Promise<boolean> {
  const conditions = [eq(savedViews.orgId, orgId), eq(savedViews.id, id)];
  if (version !== undefined) conditions.push(eq(savedViews.version, version));
  const rows = await db
    .update(savedViews)
    .set({ ...patch, updatedAt: at, version: sql`${savedViews.version} + 1` })
    .where(and(...conditions))
    .returning({ id: savedViews.id });
  return rows.length > 0;
}

export async function deleteView(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(savedViews).where(and(eq(savedViews.orgId, orgId), eq(savedViews.id, id)));
}
