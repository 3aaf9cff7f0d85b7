import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema, PageOf } from '../common/pagination.ts';
import { PersonRefSchema } from '../common/people.ts';

export const NOTIFICATION_KINDS = [
  'assigned',
  'mentioned',
  'commented',
  'due_soon',
  'overdue',
  'blocked',
  'completed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NotificationKindSchema = Type.Enum(NOTIFICATION_KINDS);

export const NOTIFICATION_CHANNELS = ['inApp', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the reader's client needs to word a notification in its own language. */
export const NotificationDataSchema = Type.Object({
  taskKey: Type.Optional(Type.String()),
  taskTitle: Type.Optional(Type.String()),
  projectId: Type.Optional(Type.String()),
  projectName: Type.Optional(Type.String()),
  commentId: Type.Optional(Type.String()),
  excerpt: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  dueDate: Type.Optional(Type.String()),
});
export type NotificationData = Static<typeof NotificationDataSchema>;

export const NotificationSchema = Type.Object({
  id: IdSchema,
  kind: NotificationKindSchema,
  actor: Type.Union([PersonRefSchema, Type.Null()]),
  targetType: Type.String(),
  targetId: IdSchema,
  data: NotificationDataSchema,
  readAt: Type.Union([InstantSchema, Type.Null()]),
  createdAt: InstantSchema,
});
export type Notification = Static<typeof NotificationSchema>;

export const NotificationPageSchema = PageOf(NotificationSchema);
export type NotificationPage = Static<typeof NotificationPageSchema>;

export const ListNotificationsQuerySchema = Type.Object({
  unreadOnly: Type.Optional(Type.Boolean()),
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
});
export type ListNotificationsQuery = Static<typeof ListNotificationsQuerySchema>;

export const UnreadCountSchema = Type.Object({ count: Type.Integer() });
export type UnreadCount = Static<typeof UnreadCountSchema>;

export const MarkNotificationsReadBodySchema = Type.Object({
  ids: Type.Array(IdSchema, { minItems: 1, maxItems: 200 }),
});
export type MarkNotificationsReadBody = Static<typeof MarkNotificationsReadBodySchema>;

export const MarkedReadSchema = Type.Object({ updated: Type.Integer() });

export const NotificationPreferenceSchema = Type.Object({
  kind: NotificationKindSchema,
  inApp: Type.Boolean(),
  email: Type.Boolean(),
});
export type NotificationPreference = Static<typeof NotificationPreferenceSchema>;

/** One row per kind, defaults filled in. Mentions always reach the inbox, whatever `inApp` says. */
export const NotificationPreferencesSchema = Type.Object({ items: Type.Array(NotificationPreferenceSchema) });
export type NotificationPreferences = Static<typeof NotificationPreferencesSchema>;

export const PutNotificationPreferencesBodySchema = Type.Object({
  items: Type.Array(NotificationPreferenceSchema, { minItems: 1, maxItems: NOTIFICATION_KINDS.length }),
});
export type PutNotificationPreferencesBody = Static<typeof PutNotificationPreferencesBodySchema>;
