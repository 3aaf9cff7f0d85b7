import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const StageKindSchema = Type.Enum(STAGE_KINDS);

const StageNameSchema = Type.String({ minLength: 1, maxLength: 40 });
const ProbabilitySchema = Type.Integer({ minimum: 0, maximum: 100, description: 'Win probability in percent' });
const StallDaysSchema = Type.Union([Type.Integer({ minimum: 1, maximum: 3650 }), Type.Null()], {
  description: 'Days without activity after which an open deal here counts as stalled; null: never',
});

/** One column of a pipeline: its default probability, and whether it closes a deal as won or lost. */
export const PipelineStageSchema = Type.Object({
  id: IdSchema,
  pipelineId: IdSchema,
  name: Type.String(),
  position: Type.Integer(),
  probability: Type.Integer(),
  kind: StageKindSchema,
  stallDays: Type.Union([Type.Integer(), Type.Null()]),
  version: Type.Integer(),
});
export type PipelineStage = Static<typeof PipelineStageSchema>;

export const PipelineSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  isDefault: Type.Boolean(),
  position: Type.Integer(),
  stages: Type.Array(PipelineStageSchema),
  createdAt: InstantSchema,
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean() }),
});
export type Pipeline = Static<typeof PipelineSchema>;
export const PipelineListSchema = Type.Object({ items: Type.Array(PipelineSchema) });

export const StageInputSchema = Type.Object({
  name: StageNameSchema,
  probability: ProbabilitySchema,
  kind: Type.Optional(StageKindSchema),
  stallDays: Type.Optional(StallDaysSchema),
});
export type StageInput = Static<typeof StageInputSchema>;

/** A new pipeline; without stages it gets the default ones. Exactly one won and at least one lost stage. */
export const CreatePipelineBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  isDefault: Type.Optional(Type.Boolean()),
  stages: Type.Optional(Type.Array(StageInputSchema, { minItems: 2, maxItems: 30 })),
});
export type CreatePipelineBody = Static<typeof CreatePipelineBodySchema>;

export const UpdatePipelineBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  /** `true` makes this the organisation's default pipeline (the previous one stops being it). */
  isDefault: Type.Optional(Type.Literal(true)),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  version: Type.Optional(VersionSchema),
});
export type UpdatePipelineBody = Static<typeof UpdatePipelineBodySchema>;

export const CreateStageBodySchema = Type.Object({
  name: StageNameSchema,
  probability: ProbabilitySchema,
  kind: Type.Optional(StageKindSchema),
  stallDays: Type.Optional(StallDaysSchema),
  /** Insert at this position (0-based); before the closing stages when omitted. */
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
});
export type CreateStageBody = Static<typeof CreateStageBodySchema>;

export const UpdateStageBodySchema = Type.Object({
  name: Type.Optional(StageNameSchema),
  probability: Type.Optional(ProbabilitySchema),
  kind: Type.Optional(StageKindSchema),
  stallDays: Type.Optional(StallDaysSchema),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  version: Type.Optional(VersionSchema),
});
export type UpdateStageBody = Static<typeof UpdateStageBodySchema>;

export const StageParamsSchema = Type.Object({ id: IdSchema, stageId: IdSchema });
