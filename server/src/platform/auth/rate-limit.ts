import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit in a fixed window shared by every instance (the row lives in PostgreSQL).
 * Answers whether this hit is within the limit and, if not, how long until the window ends.
 */
export async function hitRateLimit(
  db: Executor,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await queryRows<{ count: number }>(
    db,
    sql`
    insert into rate_limits (bucket, window_start, count) values (${bucket}, ${windowStart}, 1)
    on conflict (bucket, window_start) do update set count = rate_limits.count + 1
    returning count`,
  );
  const count = Number(rows[0]!.count);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= limit, count, retryAfterSeconds };
}

/** Old windows are useless after they end; a scheduled job removes them. */
export async function purgeRateLimits(db: Executor, before: Date): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_start < ${before}`);
}
