import { date, timestamp } from 'drizzle-orm/pg-core';

/** `created_at`-style instants: set by the database when the row is inserted. */
export const createdAt = (name = 'created_at') =>
  timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
/** An instant (timestamptz) read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** A calendar date without time, read as `YYYY-MM-DD`. */
export const day = (name: string) => date(name, { mode: 'string' });
