import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ActivityPageSchema,
  CommentPageSchema,
  CommentSchema,
  CreateCommentBodySchema,
  IdParamsSchema,
  ListCommentsQuerySchema,
  PageQuerySchema,
  ProblemSchema,
  ReactionParamsSchema,
  UpdateCommentBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { CommentsService } from './service.ts';

const tags = ['comments'];
const errors = { '4xx': ProblemSchema };

export const commentRoutes: FastifyPluginAsyncTypebox<{ service: CommentsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/comments',
    {
      schema: {
        operationId: 'listComments',
        tags,
        summary: 'The comments on a task or project, oldest first',
        querystring: ListCommentsQuerySchema,
        response: { 200: CommentPageSchema, ...errors },
      },
    },
    async (request) => service.listComments(memberContext(request, db), request.query),
  );

  app.post(
    '/comments',
    {
      schema: {
        operationId: 'createComment',
        tags,
        summary: 'Comment on a task or project (Markdown; mention people as @[name](user:id))',
        body: CreateCommentBodySchema,
        response: { 201: CommentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createComment(memberContext(request, db), request.body)),
  );

  app.patch(
    '/comments/:id',
    {
      schema: {
        operationId: 'updateComment',
        tags,
        summary: 'Edit one’s own comment; If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateCommentBodySchema,
        response: { 200: CommentSchema, ...errors },
      },
    },
    async (request) =>
      service.updateComment(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/comments/:id',
    {
      schema: {
        operationId: 'deleteComment',
        tags,
        summary: 'Delete a comment: its author, the project lead or an admin',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteComment(memberContext(request, db), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/comments/:id/reactions/:emoji',
    {
      schema: {
        operationId: 'addCommentReaction',
        tags,
        summary: 'React to a comment with one of 👍 ❤️ 🎉 😄 👀 🙏 ✅ (idempotent)',
        params: ReactionParamsSchema,
        response: { 200: CommentSchema, ...errors },
      },
    },
    async (request) => service.setReaction(memberContext(request, db), request.params.id, request.params.emoji, true),
  );

  app.delete(
    '/comments/:id/reactions/:emoji',
    {
      schema: {
        operationId: 'removeCommentReaction',
        tags,
        summary: 'Take back one’s reaction to a comment (idempotent)',
        params: ReactionParamsSchema,
        response: { 200: CommentSchema, ...errors },
      },
    },
    async (request) => service.setReaction(memberContext(request, db), request.params.id, request.params.emoji, false),
  );

  app.get(
    '/tasks/:id/activity',
    {
      schema: {
        operationId: 'listTaskActivity',
        tags: ['activity'],
        summary: 'What happened to a task, newest first, from the audit log',
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: ActivityPageSchema, ...errors },
      },
    },
    async (request) =>
      service.listActivity(memberContext(request, db), { type: 'task', id: request.params.id }, request.query),
  );

  app.get(
    '/projects/:id/activity',
    {
      schema: {
        operationId: 'listProjectActivity',
        tags: ['activity'],
        summary: 'What happened in a project (its own changes and its tasks created or completed), newest first',
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: ActivityPageSchema, ...errors },
      },
    },
    async (request) =>
      service.listActivity(memberContext(request, db), { type: 'project', id: request.params.id }, request.query),
  );
};
