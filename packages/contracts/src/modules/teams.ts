import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';

export const TeamMemberSchema = Type.Object({
  userId: IdSchema,
  name: Type.String(),
  initials: Type.String(),
  avatarColor: Type.String(),
  isLead: Type.Boolean(),
});

export const TeamSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  description: Type.String(),
  parentId: Type.Union([IdSchema, Type.Null()]),
  members: Type.Array(TeamMemberSchema),
  createdAt: InstantSchema,
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean(), manageMembers: Type.Boolean() }),
});
export type Team = Static<typeof TeamSchema>;
export const TeamListSchema = Type.Object({
  items: Type.Array(TeamSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const TeamNameSchema = Type.String({ minLength: 1, maxLength: 80 });
export const CreateTeamBodySchema = Type.Object({
  name: TeamNameSchema,
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  parentId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
});
export type CreateTeamBody = Static<typeof CreateTeamBodySchema>;
export const UpdateTeamBodySchema = Type.Object({
  name: Type.Optional(TeamNameSchema),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  parentId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  version: Type.Optional(VersionSchema),
});
export type UpdateTeamBody = Static<typeof UpdateTeamBodySchema>;
export const PutTeamMemberBodySchema = Type.Object({ isLead: Type.Optional(Type.Boolean({ default: false })) });
export const TeamMemberParamsSchema = Type.Object({ id: IdSchema, userId: IdSchema });
