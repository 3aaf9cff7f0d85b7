import type { UndoReceipt } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { findUndoActionForUpdate, insertUndoAction, markUndoUsed } from '../queries/undo.ts';
import { type TasksDeps, UNDO_TTL_MS } from './deps.ts';

/** Takes a change back: restores the records of its payload, with audit and events, in the caller's transaction. */
export type UndoHandler = (ctx: RequestContext & { db: Tx }, payload: unknown, now: Date) => Promise<string[]>;

const handlers = new Map<string, UndoHandler>();

/** Other kinds of undoable change (an archive, a move) register how to take them back. */
export function registerUndoHandler(kind: string, handler: UndoHandler): void {
  handlers.set(kind, handler);
}

/** Keeps what an undo needs for ten seconds, for the actor alone; answers the receipt. */
export async function recordUndo(
  ctx: RequestContext & { db: Tx },
  kind: string,
  payload: unknown,
  now: Date,
): Promise<UndoReceipt> {
  const id = newId();
  const expiresAt = new Date(now.getTime() + UNDO_TTL_MS);
  await insertUndoAction(ctx.db, {
    orgId: ctx.orgId,
    id,
    userId: ctx.actor.userId,
    kind,
    payload,
    createdAt: now,
    expiresAt,
  });
  return { undoId: id, expiresAt: expiresAt.toISOString() };
}

/**
 * Applies an undo: only its author, once, before it expires (else 410 undo_expired). Every record
 * returns to its prior state with a new version, an audit row and an event.
 */
export async function applyUndo(
  deps: TasksDeps,
  ctx: RequestContext,
  id: string,
): Promise<{ kind: string; ids: string[] }> {
  return withTx(ctx, async (tx) => {
    const action = await findUndoActionForUpdate(tx.db, ctx.orgId, id);
    if (!action || action.userId !== ctx.actor.userId) throw notFound('No such undo');
    const now = deps.clock.now();
    if (action.usedAt || action.expiresAt.getTime() <= now.getTime()) {
      throw new AppError('undo_expired', { detail: 'Changes can be undone for ten seconds, once' });
    }
    const handler = handlers.get(action.kind);
    if (!handler) throw new AppError('undo_expired', { detail: 'This change can no longer be undone' });
    await markUndoUsed(tx.db, ctx.orgId, id, now);
    return { kind: action.kind, ids: await handler(tx, action.payload, now) };
  });
}
