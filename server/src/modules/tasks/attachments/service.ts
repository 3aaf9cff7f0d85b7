import type { Readable } from 'node:stream';
import type { AttachmentSchema } from '@meridian/contracts';
import type { Static } from 'typebox';
import { initialsOf } from '#modules/accounts/presenter.ts';
import { canProject, type ProjectAccess } from '#modules/projects/policy.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { resolveContentType } from '#platform/files/content-type.ts';
import { sanitizeFileName } from '#platform/files/file-name.ts';
import type { FileStore, ReceivedFile } from '#platform/files/file-store.ts';
import { newId } from '#platform/ids/ids.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { requireTaskAccess, type TaskRef } from '../access.ts';
import { recordTaskChange } from '../service/shared.ts';
import {
  type AttachmentRow,
  findAttachment,
  insertAttachment,
  listAttachments as listAttachmentRows,
  softDeleteAttachment,
} from './queries.ts';

export type Attachment = Static<typeof AttachmentSchema>;
export type AttachmentsDeps = { clock: Clock; files: FileStore };

/** The largest file a task takes: 20 MiB. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** One uploaded file part as the multipart parser hands it over. */
export type UploadPart = { fileName: string; declaredType: string; stream: Readable; isTruncated: () => boolean };

/** The request's upload: whether it is multipart at all, and how to read its file part (null: none). */
export type UploadSource = { isMultipart: boolean; readFile: () => Promise<UploadPart | null> };

/** Uploaders delete their own files while they may work on the task; leads and admins any file. */
export function canDeleteAttachment(access: ProjectAccess, actorId: string, row: Pick<AttachmentRow, 'uploadedBy'>) {
  if (canProject(access, 'update')) return true;
  return row.uploadedBy === actorId && canProject(access, 'editTasks');
}

function toAttachmentDto(row: AttachmentRow, canDelete: boolean): Attachment {
  const name = row.uploaderName ?? '';
  return {
    id: row.id,
    taskId: row.taskId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedBy: row.uploadedBy
      ? { id: row.uploadedBy, name, initials: initialsOf(name), avatarColor: row.uploaderColor ?? '#8c8c8c' }
      : null,
    createdAt: new Date(row.createdAt).toISOString(),
    abilities: { delete: canDelete },
  };
}

/** The task's files, oldest first. */
export async function listAttachments(_deps: AttachmentsDeps, ctx: RequestContext, taskId: string) {
  const { access } = await requireTaskAccess(ctx, taskId, 'view');
  const rows = await listAttachmentRows(ctx.db, ctx.orgId, taskId);
  return { items: rows.map((row) => toAttachmentDto(row, canDeleteAttachment(access, ctx.actor.userId, row))) };
}

/**
 * Stores an uploaded file: streamed to disk with its SHA-256, its type taken from its bytes.
 * Over 20 MiB answers 413; executables, or a declared type the bytes contradict, answer 415.
 */
export async function uploadAttachment(
  deps: AttachmentsDeps,
  ctx: RequestContext,
  taskId: string,
  source: UploadSource,
): Promise<Attachment> {
  // Rights first: a viewer's upload (or one to a task of another organisation) is refused
  // before the body is even looked at.
  await requireTaskAccess(ctx, taskId, 'editTasks');
  if (!source.isMultipart) {
    throw new AppError('unsupported_media_type', { detail: 'Send the file as multipart/form-data' });
  }
  const part = await source.readFile().catch(unreadable);
  if (!part) throw new AppError('validation_failed', { fields: [fieldError('file', 'required', 'Choose a file')] });
  const received = await deps.files.receive(ctx.orgId, part.stream).catch(unreadable);
  const storageKey = newId();
  let kept = false;
  try {
    const fileName = sanitizeFileName(part.fileName);
    const contentType = checkUpload(received, part, fileName);
    return await withTx(ctx, async (tx) => {
      const { task, access } = await requireTaskAccess(tx, taskId, 'editTasks');
      const id = newId();
      const now = deps.clock.now();
      await insertAttachment(tx.db, {
        orgId: ctx.orgId,
        id,
        taskId,
        fileName,
        contentType,
        sizeBytes: received.sizeBytes,
        sha256: received.sha256,
        storageKey,
        uploadedBy: ctx.actor.userId,
        createdAt: now,
      });
      const value = { fileName, contentType, sizeBytes: received.sizeBytes, sha256: received.sha256 };
      await record(tx, task, 'task.attachment_added', { attachment: { from: null, to: value } }, now);
      await deps.files.keep(received, ctx.orgId, storageKey);
      kept = true;
      const row = (await findAttachment(tx.db, ctx.orgId, taskId, id))!;
      return toAttachmentDto(row, canDeleteAttachment(access, ctx.actor.userId, row));
    });
  } catch (error) {
    await deps.files.discard(received);
    if (kept) await deps.files.remove(ctx.orgId, storageKey);
    throw error;
  }
}

/**
 * A broken multipart body (no boundary, cut short) is the client's mistake: 400, not 500. The
 * parser's own 4xx (too many files) and errors of the file system (ENOSPC) keep their meaning.
 */
function unreadable(error: unknown): never {
  const { statusCode, code } = (error ?? {}) as { statusCode?: number; code?: string };
  const isSystem = typeof code === 'string' && /^E[A-Z]+$/.test(code);
  if (error instanceof AppError || (statusCode && statusCode < 500) || isSystem) throw error;
  throw new AppError('bad_request', { detail: 'The multipart body could not be read' });
}

function checkUpload(received: ReceivedFile, part: UploadPart, fileName: string): string {
  if (part.isTruncated() || received.sizeBytes > MAX_ATTACHMENT_BYTES) {
    throw new AppError('payload_too_large', { detail: 'A file may be at most 20 MiB' });
  }
  if (received.sizeBytes === 0) {
    throw new AppError('validation_failed', {
      fields: [fieldError('file', 'too_short', 'The file is empty')],
    });
  }
  const resolved = resolveContentType(received.head, part.declaredType, fileName);
  if ('refused' in resolved) {
    throw new AppError('unsupported_media_type', {
      detail:
        resolved.refused === 'executable'
          ? 'Programs and scripts cannot be attached'
          : `The file's content does not match its declared type ${part.declaredType.slice(0, 100)}`,
    });
  }
  return resolved.contentType;
}

/** What a download sends: the stored bytes with the stored (never the declared) type. */
export async function openAttachment(deps: AttachmentsDeps, ctx: RequestContext, taskId: string, id: string) {
  await requireTaskAccess(ctx, taskId, 'view');
  const row = await findAttachment(ctx.db, ctx.orgId, taskId, id);
  if (!row) throw notFound('No such attachment');
  const stream = await deps.files.open(ctx.orgId, row.storageKey);
  if (!stream) throw notFound('The file of this attachment is missing');
  return { fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, stream };
}

/** Deletes an attachment (soft: the row stays for the audit trail) and its file at once. */
export async function deleteAttachment(deps: AttachmentsDeps, ctx: RequestContext, taskId: string, id: string) {
  const row = await withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, taskId, 'view');
    const found = await findAttachment(tx.db, ctx.orgId, taskId, id);
    if (!found) throw notFound('No such attachment');
    if (!canDeleteAttachment(access, ctx.actor.userId, found)) {
      if (access.isArchived) throw new AppError('project_archived');
      throw new AppError('forbidden', {
        detail: 'Only the uploader, the project lead or an admin may delete this file',
      });
    }
    const now = deps.clock.now();
    if (!(await softDeleteAttachment(tx.db, ctx.orgId, id, now))) throw notFound('No such attachment');
    const value = { fileName: found.fileName, contentType: found.contentType, sizeBytes: found.sizeBytes };
    await record(tx, task, 'task.attachment_deleted', { attachment: { from: value, to: null } }, now);
    return found;
  });
  // After commit: a rolled-back delete must keep its file.
  await deps.files.remove(ctx.orgId, row.storageKey);
}

async function record(
  ctx: RequestContext,
  task: TaskRef,
  action: string,
  changes: Record<string, { from: unknown; to: unknown }>,
  now: Date,
) {
  await recordTaskChange(
    ctx,
    { id: task.id, projectId: task.projectId, label: `${task.key} ${task.title}`.slice(0, 300) },
    { action, changes },
    [{ type: 'task.updated', payload: { taskId: task.id, projectId: task.projectId, changes: ['attachments'] } }],
    now,
  );
}

export function createAttachmentsService(deps: AttachmentsDeps) {
  return {
    listAttachments: bindDeps(deps, listAttachments),
    uploadAttachment: bindDeps(deps, uploadAttachment),
    openAttachment: bindDeps(deps, openAttachment),
    deleteAttachment: bindDeps(deps, deleteAttachment),
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
