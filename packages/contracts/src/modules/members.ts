import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { PageQuerySchema } from '../common/pagination.ts';
import { OrgRoleSchema } from '../permissions.ts';
import { EmailSchema, PasswordSchema, PersonNameSchema } from './auth.ts';

export const MEMBER_STATUSES = ['active', 'deactivated'] as const;
export const MemberStatusSchema = Type.Enum(MEMBER_STATUSES);

export const MemberTeamSchema = Type.Object({ id: IdSchema, name: Type.String(), isLead: Type.Boolean() });

export const MemberSchema = Type.Object({
  userId: IdSchema,
  email: Type.String(),
  name: Type.String(),
  initials: Type.String(),
  avatarColor: Type.String(),
  role: OrgRoleSchema,
  status: MemberStatusSchema,
  title: Type.String(),
  teams: Type.Array(MemberTeamSchema),
  joinedAt: InstantSchema,
  lastSeenAt: Type.Union([InstantSchema, Type.Null()]),
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), deactivate: Type.Boolean(), endSessions: Type.Boolean() }),
});
export type Member = Static<typeof MemberSchema>;

export const MemberParamsSchema = Type.Object({ userId: IdSchema });

export const ListMembersQuerySchema = Type.Interface([PageQuerySchema], {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Name or e-mail contains' })),
  role: Type.Optional(OrgRoleSchema),
  status: Type.Optional(MemberStatusSchema),
  teamId: Type.Optional(IdSchema),
  sort: Type.Optional(
    Type.Union([Type.Literal('name'), Type.Literal('-name'), Type.Literal('joinedAt'), Type.Literal('-joinedAt')]),
  ),
});
export type ListMembersQuery = Static<typeof ListMembersQuerySchema>;

export const UpdateMemberBodySchema = Type.Object({
  role: Type.Optional(OrgRoleSchema),
  title: Type.Optional(Type.String({ maxLength: 80 })),
  version: Type.Optional(VersionSchema),
});
export type UpdateMemberBody = Static<typeof UpdateMemberBodySchema>;

export const InvitationSchema = Type.Object({
  id: IdSchema,
  email: Type.String(),
  role: OrgRoleSchema,
  teamId: Type.Union([IdSchema, Type.Null()]),
  invitedBy: Type.Object({ id: IdSchema, name: Type.String() }),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('accepted'),
    Type.Literal('revoked'),
    Type.Literal('expired'),
  ]),
  expiresAt: InstantSchema,
  createdAt: InstantSchema,
});
export type Invitation = Static<typeof InvitationSchema>;

export const CreateInvitationBodySchema = Type.Object({
  email: EmailSchema,
  role: OrgRoleSchema,
  teamId: Type.Optional(IdSchema),
});
export type CreateInvitationBody = Static<typeof CreateInvitationBodySchema>;

/** The link is returned to the inviter as well as e-mailed, so it can be shared on WeChat. */
export const CreatedInvitationSchema = Type.Interface([InvitationSchema], { acceptUrl: Type.String() });

export const InvitationPreviewSchema = Type.Object({
  orgName: Type.String(),
  email: Type.String(),
  role: OrgRoleSchema,
  invitedByName: Type.String(),
  hasAccount: Type.Boolean(),
  expiresAt: InstantSchema,
});
export type InvitationPreview = Static<typeof InvitationPreviewSchema>;
export const InvitationTokenQuerySchema = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

export const AcceptInvitationBodySchema = Type.Object({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  name: Type.Optional(PersonNameSchema),
  password: Type.Optional(PasswordSchema),
});
export type AcceptInvitationBody = Static<typeof AcceptInvitationBodySchema>;

export type CreatedInvitation = Static<typeof CreatedInvitationSchema>;
