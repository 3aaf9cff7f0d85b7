import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ListNotificationsQuerySchema,
  MarkedReadSchema,
  MarkNotificationsReadBodySchema,
  NotificationPageSchema,
  NotificationPreferencesSchema,
  ProblemSchema,
  PutNotificationPreferencesBodySchema,
  UnreadCountSchema,
} from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import type { NotificationsService } from './service.ts';

const tags = ['notifications'];
const errors = { '4xx': ProblemSchema };

export const notificationRoutes: FastifyPluginAsyncTypebox<{ service: NotificationsService }> = async (
  app,
  { service },
) => {
  const { db } = app.platform.database;

  app.get(
    '/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'The reader’s notifications, newest first',
        querystring: ListNotificationsQuerySchema,
        response: { 200: NotificationPageSchema, ...errors },
      },
    },
    async (request) => service.listNotifications(memberContext(request, db), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        operationId: 'getUnreadNotificationCount',
        tags,
        summary: 'How many of the reader’s notifications are unread (the bell’s badge)',
        response: { 200: UnreadCountSchema, ...errors },
      },
    },
    async (request) => service.getUnreadCount(memberContext(request, db)),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        tags,
        summary: 'Mark some of the reader’s notifications read (others’ ids are ignored)',
        body: MarkNotificationsReadBodySchema,
        response: { 200: MarkedReadSchema, ...errors },
      },
    },
    async (request) => service.markNotificationsRead(memberContext(request, db), request.body.ids),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all of the reader’s notifications read',
        response: { 200: MarkedReadSchema, ...errors },
      },
    },
    async (request) => service.markNotificationsRead(memberContext(request, db), 'all'),
  );

  app.get(
    '/notification-preferences',
    {
      schema: {
        operationId: 'getNotificationPreferences',
        tags,
        summary: 'Which channels (in-app, e-mail) carry each kind of notification for the reader',
        response: { 200: NotificationPreferencesSchema, ...errors },
      },
    },
    async (request) => service.getPreferences(memberContext(request, db)),
  );

  app.put(
    '/notification-preferences',
    {
      schema: {
        operationId: 'putNotificationPreferences',
        tags,
        summary: 'Set the channels of some kinds; mentions always reach the inbox',
        body: PutNotificationPreferencesBodySchema,
        response: { 200: NotificationPreferencesSchema, ...errors },
      },
    },
    async (request) => service.putPreferences(memberContext(request, db), request.body),
  );
};
