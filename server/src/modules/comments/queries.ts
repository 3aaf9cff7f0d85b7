import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { commentReactions, comments, projects } from '#db/schema/index.ts';

type PersonRow = { id: string; name: string; avatarColor: string };

/** A comment with its author, mentioned people and reaction counts, loaded in one query. */
export type CommentRow = {
  id: string;
  targetType: string;
  targetId: string;
  authorId: string;
  authorName: string;
  authorColor: string;
  body: string;
  mentions: PersonRow[];
  reactions: { emoji: string; count: number; mine: boolean }[];
  createdAt: Date;
  editedAt: Date | null;
  version: number;
};

function commentSelect(viewerId: string) {
  return sql`
    select c.id, c.target_type as "targetType", c.target_id as "targetId", c.author_id as "authorId",
      u.name as "authorName", u.avatar_color as "authorColor", c.body, c.created_at as "createdAt",
      c.edited_at as "editedAt", c.version,
      coalesce((select json_agg(json_build_object('id', mu.id, 'name', mu.name, 'avatarColor', mu.avatar_color)
          order by array_position(c.mention_ids, mu.id))
        from users mu where mu.id = any(c.mention_ids)), '[]'::json) as mentions,
      coalesce((select json_agg(json_build_object('emoji', r.emoji, 'count', r.n, 'mine', r.mine) order by r.first_at)
        from (select cr.emoji, count(*)::int as n, bool_or(cr.user_id = ${viewerId}::uuid) as mine, min(cr.created_at) as first_at
          from comment_reactions cr where cr.org_id = c.org_id and cr.comment_id = c.id group by cr.emoji) r),
        '[]'::json) as reactions
    from comments c join users u on u.id = c.author_id`;
}

function normalise(row: CommentRow): CommentRow {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    editedAt: row.editedAt ? new Date(row.editedAt) : null,
  };
}

/** One page of a target's live comments, oldest first (ids are time-ordered). */
export async function listComments(
  db: Executor,
  orgId: string,
  viewerId: string,
  target: { type: string; id: string },
  page: { limit: number; after: string | null },
): Promise<CommentRow[]> {
  const after = page.after ? sql`and c.id > ${page.after}::uuid` : sql``;
  const rows = await queryRows<CommentRow>(
    db,
    sql`${commentSelect(viewerId)}
    where c.org_id = ${orgId} and c.target_type = ${target.type} and c.target_id = ${target.id}
      and c.deleted_at is null ${after}
    order by c.id limit ${page.limit + 1}`,
  );
  return rows.map(normalise);
}

export async function findCommentView(
  db: Executor,
  orgId: string,
  viewerId: string,
  id: string,
): Promise<CommentRow | null> {
  const rows = await queryRows<CommentRow>(
    db,
    sql`${commentSelect(viewerId)} where c.org_id = ${orgId} and c.id = ${id} and c.deleted_at is null`,
  );
  return rows[0] ? normalise(rows[0]) : null;
}

/** The live comment's own columns, locked for the command's transaction. */
export async function findCommentForUpdate(db: Executor, orgId: string, id: string) {
  const rows = await db
    .select({
      id: comments.id,
      targetType: comments.targetType,
      targetId: comments.targetId,
      authorId: comments.authorId,
      body: comments.body,
      mentionIds: comments.mentionIds,
      version: comments.version,
    })
    .from(comments)
    .where(and(eq(comments.orgId, orgId), eq(comments.id, id), isNull(comments.deletedAt)))
    .for('no key update');
  return rows[0] ?? null;
}

export async function insertComment(db: Executor, row: typeof comments.$inferInsert): Promise<void> {
  await db.insert(comments).values(row);
}

export async function updateCommentBody(
  db: Executor,
  orgId: string,
  id: string,
  patch: { body: string; mentionIds: string[]; editedAt: Date },
): Promise<void> {
  await db
    .update(comments)
    .set({ ...patch, version: sql`${comments.version} + 1` })
    .where(and(eq(comments.orgId, orgId), eq(comments.id, id)));
}

export async function softDeleteComment(db: Executor, orgId: string, id: string, at: Date): Promise<void> {
  await db
    .update(comments)
    .set({ deletedAt: at, version: sql`${comments.version} + 1` })
    .where(and(eq(comments.orgId, orgId), eq(comments.id, id)));
}

/** Adds the reaction; answers whether it was new. */
export async function addReaction(
  db: Executor,
  row: { orgId: string; commentId: string; userId: string; emoji: string; createdAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(commentReactions)
    .values(row)
    .onConflictDoNothing()
    .returning({ emoji: commentReactions.emoji });
  return inserted.length > 0;
}

export async function removeReaction(
  db: Executor,
  key: { orgId: string; commentId: string; userId: string; emoji: string },
): Promise<boolean> {
  const deleted = await db
    .delete(commentReactions)
    .where(
      and(
        eq(commentReactions.orgId, key.orgId),
        eq(commentReactions.commentId, key.commentId),
        eq(commentReactions.userId, key.userId),
        eq(commentReactions.emoji, key.emoji),
      ),
    )
    .returning({ emoji: commentReactions.emoji });
  return deleted.length > 0;
}

export async function findProjectName(db: Executor, orgId: string, id: string): Promise<string> {
  const rows = await db
    .select({ name: projects.name })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.id, id)));
  return rows[0]?.name ?? '';
}

/**
 * Of the given users, those who are active members of the organisation and can see the
 * project: admins, project members, and (for org-visible projects) everyone but guests.
 */
export async function filterMentionable(
  db: Executor,
  orgId: string,
  projectId: string,
  userIds: string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await queryRows<{ userId: string }>(
    db,
    sql`
    select m.user_id as "userId" from memberships m
    join projects p on p.org_id = m.org_id and p.id = ${projectId}
    where m.org_id = ${orgId} and m.status = 'active' and m.user_id = any(${`{${userIds.join(',')}}`}::uuid[])
      and (m.role in ('owner', 'admin')
        or exists (select 1 from project_members pm
          where pm.org_id = m.org_id and pm.project_id = p.id and pm.user_id = m.user_id)
        or (p.visibility = 'org' and m.role <> 'guest'))`,
  );
  const allowed = new Set(rows.map((r) => r.userId));
  return userIds.filter((id) => allowed.has(id));
}
