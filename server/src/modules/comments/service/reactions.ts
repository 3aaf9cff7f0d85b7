import { type Comment, REACTION_EMOJIS } from '@meridian/contracts';
import { canProject } from '#modules/projects/policy.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { addReaction, findCommentForUpdate, removeReaction } from '../queries.ts';
import type { CommentsDeps } from './deps.ts';
import { presentComment } from './read.ts';
import { resolveTarget } from './target.ts';

function checkEmoji(emoji: string): string {
  if (!(REACTION_EMOJIS as readonly string[]).includes(emoji)) {
    throw new AppError('validation_failed', {
      fields: [fieldError('emoji', 'invalid', `One of ${REACTION_EMOJIS.join(' ')}`, 'params')],
    });
  }
  return emoji;
}

/** Adds (`on`) or takes back the reader's reaction; doing it twice changes nothing. */
export async function setReaction(
  deps: CommentsDeps,
  ctx: RequestContext,
  id: string,
  rawEmoji: string,
  on: boolean,
): Promise<Comment> {
  return withTx(ctx, async (tx) => {
    const comment = await findCommentForUpdate(tx.db, ctx.orgId, id);
    if (!comment) throw notFound('No such comment');
    // After the lookup: another organisation's comment answers 404 whatever the emoji.
    const emoji = checkEmoji(rawEmoji);
    const target = await resolveTarget(tx, comment.targetType, comment.targetId, 'view').catch((error) => {
      throw error instanceof AppError && error.code === 'not_found' ? notFound('No such comment') : error;
    });
    if (!canProject(target.access, 'comment')) {
      throw target.access.isArchived ? new AppError('project_archived') : new AppError('forbidden');
    }
    const key = { orgId: ctx.orgId, commentId: id, userId: ctx.actor.userId, emoji };
    const now = deps.clock.now();
    const changed = on ? await addReaction(tx.db, { ...key, createdAt: now }) : await removeReaction(tx.db, key);
    if (changed) {
      await recordAudit(
        tx.db,
        tx,
        {
          action: on ? 'comment.reaction_added' : 'comment.reaction_removed',
          targetType: 'comment',
          targetId: id,
          targetLabel: target.label,
          changes: { emoji: on ? { from: null, to: emoji } : { from: emoji, to: null } },
        },
        now,
      );
      await addOutboxEvent(tx.db, tx, {
        type: 'comment.reactions_changed',
        payload: { commentId: id, targetType: target.type, targetId: target.id, projectId: target.projectId },
      });
    }
    return presentComment(tx, id, target);
  });
}
