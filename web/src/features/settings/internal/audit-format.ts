import type { AuditEntry } from '@meridian/contracts';

/** Actions the server records today; the filter suggests them, and unknown ones still show raw. */
export const AUDIT_ACTIONS = [
  'org.created',
  'org.updated',
  'member.joined',
  'member.updated',
  'member.role_changed',
  'member.deactivated',
  'member.reactivated',
  'member.sessions_ended',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'team.created',
  'team.updated',
  'team.deleted',
  'team.member_added',
  'team.member_updated',
  'team.member_removed',
  'token.created',
  'token.revoked',
  'user.profile_updated',
  'user.password_changed',
  'user.password_reset',
  'session.signed_in',
] as const;

export const AUDIT_TARGET_TYPES = ['org', 'member', 'invitation', 'team', 'token', 'user'] as const;

export type ValueLabels = { empty: string; yes: string; no: string };

const MAX_VALUE_LENGTH = 120;

/** One side of a change, as short readable text: "—" for nothing, JSON for structures. */
export function formatAuditValue(value: unknown, labels: ValueLabels): string {
  if (value === null || value === undefined || value === '') return labels.empty;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.length === 0 ? labels.empty : value.map(String).join(', ');
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

export type ChangeRow = { field: string; from: string; to: string };

/** A readable name for a coded value (role `manager` → 经理), or undefined to show it as it is. */
export type ValueTranslator = (field: string, value: string) => string | undefined;

/** The entry's changes, field by field in a stable order, each as before → after. */
export function listChanges(
  changes: AuditEntry['changes'],
  labels: ValueLabels,
  translate: ValueTranslator = () => undefined,
): ChangeRow[] {
  const format = (field: string, value: unknown) =>
    (typeof value === 'string' ? translate(field, value) : undefined) ?? formatAuditValue(value, labels);
  return Object.keys(changes)
    .sort()
    .map((field) => ({ field, from: format(field, changes[field]?.from), to: format(field, changes[field]?.to) }));
}
