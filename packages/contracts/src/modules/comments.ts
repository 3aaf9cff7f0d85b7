import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema, PageOf } from '../common/pagination.ts';
import { PersonRefSchema } from '../common/people.ts';

export const COMMENT_TARGET_TYPES = ['task', 'project'] as const;
export type CommentTargetType = (typeof COMMENT_TARGET_TYPES)[number];
export const CommentTargetTypeSchema = Type.Enum(COMMENT_TARGET_TYPES);

/** The reactions anyone may add to a comment; others answer 422. */
export const REACTION_EMOJIS = ['👍', '❤️', '🎉', '😄', '👀', '🙏', '✅'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJIS)[number];
export const ReactionEmojiSchema = Type.Enum(REACTION_EMOJIS);

export const COMMENT_BODY_MAX = 20_000;

/**
 * How a comment's Markdown mentions a person: `@[张伟](user:0190…)`. The server keeps the
 * mentions of active members who can see the target; clients render them as highlighted names.
 */
export const MENTION_PATTERN =
  /@\[([^\]\n]{1,80})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export const ReactionSummarySchema = Type.Object({
  emoji: ReactionEmojiSchema,
  count: Type.Integer(),
  /** Whether the reader is one of those who reacted. */
  mine: Type.Boolean(),
});
export type ReactionSummary = Static<typeof ReactionSummarySchema>;

export const CommentSchema = Type.Object({
  id: IdSchema,
  targetType: CommentTargetTypeSchema,
  targetId: IdSchema,
  author: PersonRefSchema,
  body: Type.String({ description: 'Markdown; mentions as @[name](user:id)' }),
  mentions: Type.Array(PersonRefSchema),
  reactions: Type.Array(ReactionSummarySchema),
  createdAt: InstantSchema,
  editedAt: Type.Union([InstantSchema, Type.Null()]),
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean(), react: Type.Boolean() }),
});
export type Comment = Static<typeof CommentSchema>;

export const CommentPageSchema = PageOf(CommentSchema);
export type CommentPage = Static<typeof CommentPageSchema>;

export const ListCommentsQuerySchema = Type.Object({
  targetType: CommentTargetTypeSchema,
  targetId: IdSchema,
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
});
export type ListCommentsQuery = Static<typeof ListCommentsQuerySchema>;

export const CommentBodySchema = Type.String({ minLength: 1, maxLength: COMMENT_BODY_MAX });

export const CreateCommentBodySchema = Type.Object({
  targetType: CommentTargetTypeSchema,
  targetId: IdSchema,
  body: CommentBodySchema,
});
export type CreateCommentBody = Static<typeof CreateCommentBodySchema>;

export const UpdateCommentBodySchema = Type.Object({
  body: CommentBodySchema,
  version: Type.Optional(VersionSchema),
});
export type UpdateCommentBody = Static<typeof UpdateCommentBodySchema>;

export const ReactionParamsSchema = Type.Object({ id: IdSchema, emoji: Type.String({ minLength: 1, maxLength: 16 }) });

/** One change of an activity entry, with display labels where the value is an id (status, person). */
export const ActivityChangeSchema = Type.Object({
  field: Type.String(),
  from: Type.Unknown(),
  to: Type.Unknown(),
  fromLabel: Type.Union([Type.String(), Type.Null()]),
  toLabel: Type.Union([Type.String(), Type.Null()]),
});
export type ActivityChange = Static<typeof ActivityChangeSchema>;

export const ActivityEntrySchema = Type.Object({
  id: IdSchema,
  at: InstantSchema,
  actor: Type.Union([PersonRefSchema, Type.Null()]),
  action: Type.String({ description: 'e.g. task.updated, comment.created' }),
  targetType: Type.String(),
  targetId: Type.String(),
  targetLabel: Type.String(),
  changes: Type.Array(ActivityChangeSchema),
});
export type ActivityEntry = Static<typeof ActivityEntrySchema>;

export const ActivityPageSchema = PageOf(ActivityEntrySchema);
export type ActivityPage = Static<typeof ActivityPageSchema>;
