import type { Comment, CommentPage, ListCommentsQuery } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { pageRequest, toPage } from '#platform/http/pagination.ts';
import { toCommentDto } from '../presenter.ts';
import { findCommentView, listComments as listCommentRows } from '../queries.ts';
import type { CommentsDeps } from './deps.ts';
import { type ResolvedTarget, resolveTarget } from './target.ts';

/** A page of the comments on a task or project, oldest first. */
export async function listComments(
  _deps: CommentsDeps,
  ctx: RequestContext,
  query: ListCommentsQuery,
): Promise<CommentPage> {
  const target = await resolveTarget(ctx, query.targetType, query.targetId, 'view');
  const page = pageRequest(query, ['uuid']);
  const rows = await listCommentRows(
    ctx.db,
    ctx.orgId,
    ctx.actor.userId,
    { type: target.type, id: target.id },
    { limit: page.limit, after: (page.cursor?.[0] as string | undefined) ?? null },
  );
  return toPage(
    rows,
    page.limit,
    (row) => [row.id],
    (row) => toCommentDto(row, ctx.actor, target.access),
  );
}

/** One comment as its reader sees it, after a command. */
export async function presentComment(ctx: RequestContext, id: string, target: ResolvedTarget): Promise<Comment> {
  const row = await findCommentView(ctx.db, ctx.orgId, ctx.actor.userId, id);
  if (!row) throw notFound('No such comment');
  return toCommentDto(row, ctx.actor, target.access);
}
