import { type Static, Type } from 'typebox';
import { DateOnlySchema, IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema } from '../common/pagination.ts';
import { PersonRefSchema } from '../common/people.ts';
import { PipelineSchema, PipelineStageSchema, StageKindSchema } from './pipelines.ts';

/** ISO 4217 currency code. */
export const CurrencySchema = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. CNY' });
/** Money in integer minor units (fen for CNY). */
export const AmountMinorSchema = Type.Integer({ minimum: 0, maximum: 9_000_000_000_000_000 });

/** A product line of a deal; its total is quantity × unit price × (1 − discount), rounded to a minor unit. */
export const DealLineItemSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  quantity: Type.Number({ description: 'Up to three decimals' }),
  unitPriceMinor: Type.Integer(),
  discountBp: Type.Integer({ description: 'Discount in basis points: 1000 = 10 %' }),
  lineTotalMinor: Type.Integer(),
});
export type DealLineItem = Static<typeof DealLineItemSchema>;

export const DealLineItemInputSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  quantity: Type.Number({ minimum: 0, maximum: 1_000_000_000 }),
  unitPriceMinor: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 }),
  discountBp: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
});
export type DealLineItemInput = Static<typeof DealLineItemInputSchema>;

export const DealAbilitiesSchema = Type.Object({
  update: Type.Boolean(),
  delete: Type.Boolean(),
  moveStage: Type.Boolean(),
  logInteraction: Type.Boolean(),
});

export const DealCustomerRefSchema = Type.Object({ id: IdSchema, name: Type.String() });

/** A deal as lists and the detail page show it. */
export const DealSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  customer: DealCustomerRefSchema,
  pipelineId: IdSchema,
  stageId: IdSchema,
  stageKind: StageKindSchema,
  stageName: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  /** The probability in effect: the override, else the stage's. */
  probability: Type.Integer(),
  probabilityOverride: Type.Union([Type.Integer(), Type.Null()]),
  weightedAmountMinor: Type.Integer(),
  expectedCloseDate: Type.Union([DateOnlySchema, Type.Null()]),
  owner: Type.Union([PersonRefSchema, Type.Null()]),
  teamId: Type.Union([IdSchema, Type.Null()]),
  source: Type.String(),
  competitors: Type.Array(Type.String()),
  contactIds: Type.Array(IdSchema),
  nextStep: Type.String(),
  notes: Type.String(),
  lostReason: Type.String(),
  lineItems: Type.Array(DealLineItemSchema),
  stageEnteredAt: InstantSchema,
  lastActivityAt: Type.Union([InstantSchema, Type.Null()]),
  closedAt: Type.Union([InstantSchema, Type.Null()]),
  isStalled: Type.Boolean(),
  stalledDays: Type.Integer({ description: 'Days since the last stage change or activity' }),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: DealAbilitiesSchema,
});
export type Deal = Static<typeof DealSchema>;

export const DealListSchema = Type.Object({
  items: Type.Array(DealSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer({ description: 'Every matching deal the actor may see' }),
});
export type DealList = Static<typeof DealListSchema>;

export const DEAL_SORTS = [
  'updatedAt',
  '-updatedAt',
  'createdAt',
  '-createdAt',
  'amount',
  '-amount',
  'expectedCloseDate',
  '-expectedCloseDate',
  'name',
  '-name',
] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

/** Filters shared by the deals list and the pipeline board. */
const DealFilterFields = {
  /** A member's id, or `me`. */
  ownerId: Type.Optional(Type.Union([IdSchema, Type.Literal('me')])),
  teamId: Type.Optional(IdSchema),
  /** Expected close date in this month, `YYYY-MM`. */
  closeMonth: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })),
  amountMin: Type.Optional(Type.Integer({ minimum: 0 })),
  amountMax: Type.Optional(Type.Integer({ minimum: 0 })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Name contains' })),
  customerId: Type.Optional(IdSchema),
};

export const ListDealsQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
  pipelineId: Type.Optional(IdSchema),
  stageId: Type.Optional(IdSchema),
  stageKind: Type.Optional(StageKindSchema),
  ...DealFilterFields,
  sort: Type.Optional(Type.Enum(DEAL_SORTS)),
});
export type ListDealsQuery = Static<typeof ListDealsQuerySchema>;

const DealWritable = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  amountMinor: AmountMinorSchema,
  currency: CurrencySchema,
  probabilityOverride: Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()]),
  expectedCloseDate: Type.Union([DateOnlySchema, Type.Null()]),
  ownerId: Type.Union([IdSchema, Type.Null()]),
  teamId: Type.Union([IdSchema, Type.Null()]),
  source: Type.String({ maxLength: 60 }),
  competitors: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 }),
  contactIds: Type.Array(IdSchema, { maxItems: 50 }),
  nextStep: Type.String({ maxLength: 500 }),
  notes: Type.String({ maxLength: 20000 }),
  /** When given, the amount is the sum of the lines. */
  lineItems: Type.Array(DealLineItemInputSchema, { maxItems: 200 }),
};

export const CreateDealBodySchema = Type.Object({
  name: DealWritable.name,
  customerId: IdSchema,
  /** The default pipeline when omitted. */
  pipelineId: Type.Optional(IdSchema),
  /** The pipeline's first open stage when omitted. */
  stageId: Type.Optional(IdSchema),
  lostReason: Type.Optional(Type.String({ maxLength: 500 })),
  amountMinor: Type.Optional(DealWritable.amountMinor),
  currency: Type.Optional(DealWritable.currency),
  probabilityOverride: Type.Optional(DealWritable.probabilityOverride),
  expectedCloseDate: Type.Optional(DealWritable.expectedCloseDate),
  /** The creator when omitted. */
  ownerId: Type.Optional(DealWritable.ownerId),
  teamId: Type.Optional(DealWritable.teamId),
  source: Type.Optional(DealWritable.source),
  competitors: Type.Optional(DealWritable.competitors),
  contactIds: Type.Optional(DealWritable.contactIds),
  nextStep: Type.Optional(DealWritable.nextStep),
  notes: Type.Optional(DealWritable.notes),
  lineItems: Type.Optional(DealWritable.lineItems),
});
export type CreateDealBody = Static<typeof CreateDealBodySchema>;

export const UpdateDealBodySchema = Type.Object({
  name: Type.Optional(DealWritable.name),
  amountMinor: Type.Optional(DealWritable.amountMinor),
  currency: Type.Optional(DealWritable.currency),
  probabilityOverride: Type.Optional(DealWritable.probabilityOverride),
  expectedCloseDate: Type.Optional(DealWritable.expectedCloseDate),
  ownerId: Type.Optional(DealWritable.ownerId),
  teamId: Type.Optional(DealWritable.teamId),
  source: Type.Optional(DealWritable.source),
  competitors: Type.Optional(DealWritable.competitors),
  contactIds: Type.Optional(DealWritable.contactIds),
  nextStep: Type.Optional(DealWritable.nextStep),
  notes: Type.Optional(DealWritable.notes),
  lineItems: Type.Optional(DealWritable.lineItems),
  version: Type.Optional(VersionSchema),
});
export type UpdateDealBody = Static<typeof UpdateDealBodySchema>;

/** Moves a deal to another stage of its pipeline; a lost stage needs the reason. */
export const MoveDealStageBodySchema = Type.Object({
  stageId: IdSchema,
  lostReason: Type.Optional(Type.String({ maxLength: 500 })),
  /** Keeps a probability of its own; otherwise the new stage's applies. */
  probabilityOverride: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()])),
  version: Type.Optional(VersionSchema),
});
export type MoveDealStageBody = Static<typeof MoveDealStageBodySchema>;

export const DealStageHistoryEntrySchema = Type.Object({
  id: IdSchema,
  fromStage: Type.Union([Type.Object({ id: IdSchema, name: Type.String(), kind: StageKindSchema }), Type.Null()]),
  toStage: Type.Object({ id: IdSchema, name: Type.String(), kind: StageKindSchema }),
  at: InstantSchema,
  by: Type.Union([PersonRefSchema, Type.Null()]),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  lostReason: Type.String(),
});
export type DealStageHistoryEntry = Static<typeof DealStageHistoryEntrySchema>;
export const DealStageHistorySchema = Type.Object({ items: Type.Array(DealStageHistoryEntrySchema) });

/** A deal as a board card shows it. */
export const DealCardSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  customer: DealCustomerRefSchema,
  stageId: IdSchema,
  amountMinor: Type.Integer(),
  currency: Type.String(),
  probability: Type.Integer(),
  expectedCloseDate: Type.Union([DateOnlySchema, Type.Null()]),
  owner: Type.Union([PersonRefSchema, Type.Null()]),
  isStalled: Type.Boolean(),
  stalledDays: Type.Integer(),
  version: Type.Integer(),
  abilities: Type.Object({ moveStage: Type.Boolean() }),
});
export type DealCard = Static<typeof DealCardSchema>;

export const PipelineBoardColumnSchema = Type.Object({
  stage: PipelineStageSchema,
  /** Over every matching deal of the column, not only the cards sent. */
  count: Type.Integer(),
  totalAmountMinor: Type.Integer(),
  weightedAmountMinor: Type.Integer(),
  deals: Type.Array(DealCardSchema),
  hasMore: Type.Boolean(),
});
export type PipelineBoardColumn = Static<typeof PipelineBoardColumnSchema>;

export const PipelineBoardSchema = Type.Object({
  pipeline: PipelineSchema,
  columns: Type.Array(PipelineBoardColumnSchema),
});
export type PipelineBoard = Static<typeof PipelineBoardSchema>;

export const PipelineBoardQuerySchema = Type.Object({
  ...DealFilterFields,
  /** Cards per column (default 50). */
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  /** Only this column, for "load more". */
  stageId: Type.Optional(IdSchema),
  /** Skip this many cards of the column (with stageId). */
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
});
export type PipelineBoardQuery = Static<typeof PipelineBoardQuerySchema>;
