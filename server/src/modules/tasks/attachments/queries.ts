import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { attachments, users } from '#db/schema/index.ts';

export type AttachmentRow = {
  id: string;
  taskId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  uploaderName: string | null;
  uploaderColor: string | null;
  createdAt: Date;
};

const columns = {
  id: attachments.id,
  taskId: attachments.taskId,
  fileName: attachments.fileName,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  storageKey: attachments.storageKey,
  uploadedBy: attachments.uploadedBy,
  uploaderName: users.name,
  uploaderColor: users.avatarColor,
  createdAt: attachments.createdAt,
};

/** The task's live attachments, oldest first (a task holds a handful, not thousands). */
export async function listAttachments(db: Executor, orgId: string, taskId: string): Promise<AttachmentRow[]> {
  return db
    .select(columns)
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.orgId, orgId), eq(attachments.taskId, taskId), isNull(attachments.deletedAt)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
    .limit(500);
}

export async function findAttachment(
  db: Executor,
  orgId: string,
  taskId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const [row] = await db
    .select(columns)
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(
      and(
        eq(attachments.orgId, orgId),
        eq(attachments.taskId, taskId),
        eq(attachments.id, id),
        isNull(attachments.deletedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertAttachment(db: Executor, row: typeof attachments.$inferInsert): Promise<void> {
  await db.insert(attachments).values(row);
}

/** Marks the attachment deleted; false when it already was. */
export async function softDeleteAttachment(db: Executor, orgId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(attachments)
    .set({ deletedAt: at })
    .where(and(eq(attachments.orgId, orgId), eq(attachments.id, id), isNull(attachments.deletedAt)))
    .returning({ id: attachments.id });
  return rows.length > 0;
}
