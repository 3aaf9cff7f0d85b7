import { type TSchema, Type } from 'typebox';

export const LimitSchema = Type.Integer({ minimum: 1, maximum: 200, default: 50 });
export const CursorSchema = Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]*$' });

export const PageQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
});

/** `{ items, nextCursor }`: every list in the API has this shape. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
