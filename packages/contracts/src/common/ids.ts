import { Type } from 'typebox';

/** A UUID (time-ordered v7 for ids Meridian creates). */
export const IdSchema = Type.String({ format: 'uuid', description: 'UUID' });

export const IdParamsSchema = Type.Object({ id: IdSchema });

/** An instant as ISO 8601 in UTC. */
export const InstantSchema = Type.String({ format: 'date-time' });

/** A calendar date without time, YYYY-MM-DD. */
export const DateOnlySchema = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const LocaleSchema = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]);

/** IANA time-zone name such as Asia/Shanghai; validated by the server against Intl. */
export const TimeZoneSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z_]+(/[A-Za-z0-9_+\\-]+)*$',
});

export const VersionSchema = Type.Integer({
  minimum: 1,
  maximum: 2147483647,
  description: 'Optimistic-concurrency version',
});
