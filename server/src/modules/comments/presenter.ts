import type { Comment, CommentTargetType, ReactionEmoji } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { ProjectAccess } from '#modules/projects/policy.ts';
import { commentAbilities } from './policy.ts';
import type { CommentRow } from './queries.ts';

export function personRef(p: { id: string; name: string; avatarColor: string }) {
  return { id: p.id, name: p.name, initials: initialsOf(p.name), avatarColor: p.avatarColor };
}

/** A comment as the API shows it, with what the reader may do with it. */
export function toCommentDto(row: CommentRow, viewer: { userId: string }, access: ProjectAccess): Comment {
  return {
    id: row.id,
    targetType: row.targetType as CommentTargetType,
    targetId: row.targetId,
    author: personRef({ id: row.authorId, name: row.authorName, avatarColor: row.authorColor }),
    body: row.body,
    mentions: row.mentions.map(personRef),
    reactions: row.reactions.map((r) => ({ emoji: r.emoji as ReactionEmoji, count: r.count, mine: r.mine })),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    version: row.version,
    abilities: commentAbilities(viewer, row, access),
  };
}
