import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreference } from '@meridian/contracts';

/** Channels a kind uses when the person has not chosen: e-mail for what needs action, not for chatter. */
export const DEFAULT_CHANNELS: Record<NotificationKind, { inApp: boolean; email: boolean }> = {
  assigned: { inApp: true, email: true },
  mentioned: { inApp: true, email: true },
  commented: { inApp: true, email: false },
  due_soon: { inApp: true, email: true },
  overdue: { inApp: true, email: true },
  blocked: { inApp: true, email: true },
  completed: { inApp: true, email: false },
};

/** Every kind with the stored choice or the default; mentions always reach the inbox. */
export function withDefaults(stored: { kind: string; inApp: boolean; email: boolean }[]): NotificationPreference[] {
  const byKind = new Map(stored.map((row) => [row.kind, row]));
  return NOTIFICATION_KINDS.map((kind) => {
    const row = byKind.get(kind) ?? DEFAULT_CHANNELS[kind];
    return { kind, inApp: kind === 'mentioned' ? true : row.inApp, email: row.email };
  });
}
