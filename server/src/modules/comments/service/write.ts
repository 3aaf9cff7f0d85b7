import type { Comment, CreateCommentBody, UpdateCommentBody } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { excerptOf, extractMentionIds } from '../mentions.ts';
import { canDeleteComment, canUpdateComment } from '../policy.ts';
import {
  filterMentionable,
  findCommentForUpdate,
  insertComment,
  softDeleteComment,
  updateCommentBody,
} from '../queries.ts';
import type { CommentsDeps } from './deps.ts';
import { presentComment } from './read.ts';
import { type ResolvedTarget, resolveTarget } from './target.ts';

function cleanBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) {
    throw new AppError('validation_failed', {
      fields: [fieldError('body', 'required', 'Write something first')],
    });
  }
  return trimmed;
}

/** The audit row goes on the commented task or project, so that its activity timeline shows the comment. */
async function audit(
  ctx: RequestContext & { db: Tx },
  target: ResolvedTarget,
  action: string,
  changes: Record<string, { from: unknown; to: unknown }>,
  at: Date,
): Promise<void> {
  await recordAudit(
    ctx.db,
    ctx,
    { action, targetType: target.type, targetId: target.id, targetLabel: target.label, changes },
    at,
  );
}

/** Posts a comment; mentions of people who cannot see the target are kept as text but notify no one. */
export async function createComment(
  deps: CommentsDeps,
  ctx: RequestContext,
  input: CreateCommentBody,
): Promise<Comment> {
  const body = cleanBody(input.body);
  return withTx(ctx, async (tx) => {
    const target = await resolveTarget(tx, input.targetType, input.targetId, 'comment');
    const mentionIds = await filterMentionable(tx.db, ctx.orgId, target.projectId, extractMentionIds(body));
    const id = newId();
    const now = deps.clock.now();
    await insertComment(tx.db, {
      orgId: ctx.orgId,
      id,
      targetType: target.type,
      targetId: target.id,
      authorId: ctx.actor.userId,
      body,
      mentionIds,
      createdAt: now,
    });
    await audit(
      tx,
      target,
      'comment.created',
      { commentId: { from: null, to: id }, body: { from: null, to: excerptOf(body) } },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'comment.created',
      payload: { commentId: id, targetType: target.type, targetId: target.id, projectId: target.projectId, mentionIds },
    });
    return presentComment(tx, id, target);
  });
}

async function loadForCommand(ctx: RequestContext, id: string) {
  const comment = await findCommentForUpdate(ctx.db, ctx.orgId, id);
  if (!comment) throw notFound('No such comment');
  let target: ResolvedTarget;
  try {
    target = await resolveTarget(ctx, comment.targetType, comment.targetId, 'view');
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('No such comment');
    throw error;
  }
  return { comment, target };
}

/** Edits one's own comment; a stale version answers 409 with the current comment. */
export async function updateComment(
  deps: CommentsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateCommentBody,
  version: number | undefined,
): Promise<Comment> {
  const body = cleanBody(input.body);
  return withTx(ctx, async (tx) => {
    const { comment, target } = await loadForCommand(tx, id);
    if (!canUpdateComment(ctx.actor, comment, target.access)) {
      if (target.access.isArchived) throw new AppError('project_archived');
      throw new AppError('forbidden', { detail: 'Only the author may edit a comment' });
    }
    if (version !== undefined && version !== comment.version)
      throw versionConflict(await presentComment(tx, id, target));
    if (body === comment.body) return presentComment(tx, id, target);
    const mentionIds = await filterMentionable(tx.db, ctx.orgId, target.projectId, extractMentionIds(body));
    const now = deps.clock.now();
    await updateCommentBody(tx.db, ctx.orgId, id, { body, mentionIds, editedAt: now });
    await audit(
      tx,
      target,
      'comment.updated',
      { commentId: { from: id, to: id }, body: { from: excerptOf(comment.body), to: excerptOf(body) } },
      now,
    );
    const added = mentionIds.filter((m) => !comment.mentionIds.includes(m));
    await addOutboxEvent(tx.db, tx, {
      type: 'comment.updated',
      payload: {
        commentId: id,
        targetType: target.type,
        targetId: target.id,
        projectId: target.projectId,
        mentionIds: added,
      },
    });
    return presentComment(tx, id, target);
  });
}

/** Deletes a comment (kept as a soft-deleted row): its author, the project's lead or an admin. */
export async function deleteComment(
  deps: CommentsDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    const { comment, target } = await loadForCommand(tx, id);
    if (!canDeleteComment(ctx.actor, comment, target.access)) {
      if (target.access.isArchived) throw new AppError('project_archived');
      throw new AppError('forbidden', { detail: 'Only the author, the project lead or an admin may delete a comment' });
    }
    if (version !== undefined && version !== comment.version)
      throw versionConflict(await presentComment(tx, id, target));
    const now = deps.clock.now();
    await softDeleteComment(tx.db, ctx.orgId, id, now);
    await audit(
      tx,
      target,
      'comment.deleted',
      { commentId: { from: id, to: null }, body: { from: excerptOf(comment.body), to: null } },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'comment.deleted',
      payload: { commentId: id, targetType: target.type, targetId: target.id, projectId: target.projectId },
    });
  });
}
