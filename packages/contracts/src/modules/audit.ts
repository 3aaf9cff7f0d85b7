import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema } from '../common/ids.ts';
import { PageOf, PageQuerySchema } from '../common/pagination.ts';

export const AuditChangeSchema = Type.Object({ from: Type.Unknown(), to: Type.Unknown() });

export const AuditEntrySchema = Type.Object({
  id: IdSchema,
  at: InstantSchema,
  actor: Type.Union([Type.Object({ id: IdSchema, name: Type.String(), via: Type.String() }), Type.Null()]),
  action: Type.String({ description: 'e.g. member.role_changed' }),
  targetType: Type.String(),
  targetId: Type.String(),
  targetLabel: Type.String(),
  ip: Type.String(),
  userAgent: Type.String(),
  requestId: Type.String(),
  changes: Type.Record(Type.String(), AuditChangeSchema),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

/** A page of the audit log, newest first. */
export const AuditEntryPageSchema = PageOf(AuditEntrySchema);
export type AuditEntryPage = Static<typeof AuditEntryPageSchema>;

export const ListAuditQuerySchema = Type.Interface([PageQuerySchema], {
  actorId: Type.Optional(IdSchema),
  action: Type.Optional(Type.String({ maxLength: 80, pattern: '^[a-z_.]+$' })),
  targetType: Type.Optional(Type.String({ maxLength: 40, pattern: '^[a-z_]+$' })),
  targetId: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(InstantSchema),
  to: Type.Optional(InstantSchema),
});
export type ListAuditQuery = Static<typeof ListAuditQuerySchema>;
