import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AttachmentListSchema,
  AttachmentParamsSchema,
  AttachmentSchema,
  IdParamsSchema,
  ProblemSchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { attachmentDisposition } from '#platform/files/file-name.ts';
import { createFileStore } from '#platform/files/file-store.ts';
import { createAttachmentsService, MAX_ATTACHMENT_BYTES } from './service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };

/**
 * The multipart body, for the document: one `file` part. It has no `type` on purpose: the
 * parts are read as a stream by the handler, so there is no parsed body to validate.
 */
const UploadBodySchema = Type.Unsafe<unknown>({
  description: 'multipart/form-data with one part named `file` (at most 20 MiB)',
  properties: { file: { type: 'string', format: 'binary', description: 'The file' } },
});

/** `/tasks/{id}/attachments`: files on a task, stored under the data directory. */
export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.platform.database;
  const files = createFileStore(app.platform.config.dataDir);
  const service = createAttachmentsService({ clock: app.platform.clock, files });
  // Only this plugin parses multipart bodies; the rest of the API stays JSON-only.
  await app.register(multipart, {
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 50 },
  });

  app.get(
    '/tasks/:id/attachments',
    {
      schema: {
        operationId: 'listTaskAttachments',
        tags,
        summary: "The task's files, oldest first",
        params: IdParamsSchema,
        response: { 200: AttachmentListSchema, ...errors },
      },
    },
    async (request) => service.listAttachments(memberContext(request, db), request.params.id),
  );

  app.post(
    '/tasks/:id/attachments',
    {
      schema: {
        operationId: 'createTaskAttachment',
        tags,
        summary: 'Attach a file (multipart `file` part, ≤ 20 MiB); its type is read from its bytes',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        body: UploadBodySchema,
        response: { 201: AttachmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const attachment = await service.uploadAttachment(memberContext(request, db), request.params.id, {
        isMultipart: request.isMultipart(),
        readFile: async () => {
          const part = await request.file();
          if (!part) return null;
          const file = part.file;
          return {
            fileName: part.filename,
            declaredType: part.mimetype ?? '',
            stream: file,
            isTruncated: () => file.truncated,
          };
        },
      });
      return reply.code(201).send(attachment);
    },
  );

  app.get(
    '/tasks/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'downloadTaskAttachment',
        tags,
        summary: 'Download the file, with its stored type, as an attachment',
        params: AttachmentParamsSchema,
        response: {
          200: {
            description: 'The file',
            content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await service.openAttachment(memberContext(request, db), id, attachmentId);
      return (
        reply
          .header('content-type', file.contentType)
          .header('content-length', String(file.sizeBytes))
          .header('content-disposition', attachmentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          // A stream is sent as is; the type provider only knows the JSON shapes.
          .send(file.stream as never)
      );
    },
  );

  app.delete(
    '/tasks/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'deleteTaskAttachment',
        tags,
        summary: 'Delete a file (its uploader, the project lead or an admin)',
        params: AttachmentParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      await service.deleteAttachment(memberContext(request, db), id, attachmentId);
      return reply.code(204).send(null);
    },
  );
};
