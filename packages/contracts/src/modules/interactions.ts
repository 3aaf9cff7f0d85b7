import { type Static, Type } from 'typebox';
import { DateOnlySchema, IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema } from '../common/pagination.ts';
import { PersonRefSchema } from '../common/people.ts';

export const INTERACTION_KINDS = ['call', 'visit', 'meeting', 'email', 'wechat', 'demo'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export const InteractionKindSchema = Type.Enum(INTERACTION_KINDS);

/** A call, visit (拜访), meeting, e-mail, WeChat message or demo with a customer. */
export const InteractionSchema = Type.Object({
  id: IdSchema,
  kind: InteractionKindSchema,
  occurredAt: InstantSchema,
  customer: Type.Object({ id: IdSchema, name: Type.String() }),
  deal: Type.Union([Type.Object({ id: IdSchema, name: Type.String() }), Type.Null()]),
  participants: Type.Array(PersonRefSchema),
  contacts: Type.Array(Type.Object({ id: IdSchema, name: Type.String() })),
  summary: Type.String(),
  outcome: Type.String(),
  nextStep: Type.String(),
  nextStepDue: Type.Union([DateOnlySchema, Type.Null()]),
  followUpTaskId: Type.Union([IdSchema, Type.Null()]),
  createdBy: Type.Union([PersonRefSchema, Type.Null()]),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean() }),
});
export type Interaction = Static<typeof InteractionSchema>;
export const InteractionListSchema = Type.Object({
  items: Type.Array(InteractionSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const ListInteractionsQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
  customerId: Type.Optional(IdSchema),
  dealId: Type.Optional(IdSchema),
  kind: Type.Optional(InteractionKindSchema),
});
export type ListInteractionsQuery = Static<typeof ListInteractionsQuerySchema>;

/** A follow-up task made from the next step, assigned to its owner (the author when omitted). */
export const FollowUpTaskInputSchema = Type.Object({
  projectId: IdSchema,
  assigneeId: Type.Optional(IdSchema),
  dueDate: DateOnlySchema,
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

export const LogInteractionBodySchema = Type.Object({
  kind: InteractionKindSchema,
  /** Now when omitted. */
  occurredAt: Type.Optional(InstantSchema),
  customerId: IdSchema,
  dealId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  contactIds: Type.Optional(Type.Array(IdSchema, { maxItems: 50 })),
  /** Members who took part; the author is always one. */
  participantIds: Type.Optional(Type.Array(IdSchema, { maxItems: 50 })),
  summary: Type.String({ minLength: 1, maxLength: 10000 }),
  outcome: Type.Optional(Type.String({ maxLength: 2000 })),
  nextStep: Type.Optional(Type.String({ maxLength: 500 })),
  nextStepDue: Type.Optional(Type.Union([DateOnlySchema, Type.Null()])),
  createFollowUpTask: Type.Optional(FollowUpTaskInputSchema),
});
export type LogInteractionBody = Static<typeof LogInteractionBodySchema>;

export const UpdateInteractionBodySchema = Type.Object({
  kind: Type.Optional(InteractionKindSchema),
  occurredAt: Type.Optional(InstantSchema),
  contactIds: Type.Optional(Type.Array(IdSchema, { maxItems: 50 })),
  participantIds: Type.Optional(Type.Array(IdSchema, { maxItems: 50 })),
  summary: Type.Optional(Type.String({ minLength: 1, maxLength: 10000 })),
  outcome: Type.Optional(Type.String({ maxLength: 2000 })),
  nextStep: Type.Optional(Type.String({ maxLength: 500 })),
  nextStepDue: Type.Optional(Type.Union([DateOnlySchema, Type.Null()])),
  version: Type.Optional(VersionSchema),
});
export type UpdateInteractionBody = Static<typeof UpdateInteractionBodySchema>;
