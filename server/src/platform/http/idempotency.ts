import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '#db/client.ts';
import { idempotencyKeys } from '#db/schema/index.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | null;
  }
  interface FastifyContextConfig {
    /** False on routes whose answer holds a secret (a new token, a session): it is never stored. */
    idempotent?: boolean;
  }
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/**
 * `Idempotency-Key` on POST: the first answer is stored and replayed to every retry with the
 * same key and body for 24 hours; a different body with the same key is refused.
 */
export const idempotencyPlugin = fp<{ database: Database }>(async (app: FastifyInstance, { database }) => {
  const db = database.db;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || request.routeOptions.config?.idempotent === false) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppError('validation_failed', {
        fields: [fieldError('idempotency-key', 'format', 'Use 1–200 letters, digits, . _ : -', 'headers')],
      });
    }
    const scope = request.auth ? `${request.auth.orgId ?? '-'}:${request.auth.userId}` : `ip:${request.ip}`;
    const hash = requestHash(request);
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash: hash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const [stored] = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
      if (!stored) throw new AppError('idempotency_in_progress');
      if (stored.requestHash !== hash) throw new AppError('idempotency_key_reused');
      if (stored.statusCode === null) throw new AppError('idempotency_in_progress');
      reply.header('idempotent-replayed', 'true');
      reply.code(stored.statusCode).type('application/json');
      return reply.send(stored.body ?? '');
    }
    request.idempotency = { scope, key };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const entry = request.idempotency;
    if (!entry) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500 || reply.statusCode === 409 || reply.statusCode === 429) {
      // A failure the client may retry: forget the key so the retry runs again.
      await db
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.scope, entry.scope), eq(idempotencyKeys.key, entry.key)));
      return payload;
    }
    await db
      .update(idempotencyKeys)
      .set({
        statusCode: reply.statusCode,
        body: typeof payload === 'string' ? payload : payload == null ? '' : String(payload),
      })
      .where(and(eq(idempotencyKeys.scope, entry.scope), eq(idempotencyKeys.key, entry.key)));
    return payload;
  });
});

export async function purgeIdempotencyKeys(db: Database['db'], before: Date): Promise<void> {
  await db.execute(sql`delete from idempotency_keys where created_at < ${before}`);
}
