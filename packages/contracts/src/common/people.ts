import { type Static, Type } from 'typebox';
import { IdSchema } from './ids.ts';

/** A person as other records show them: enough to draw an avatar and a name. */
export const PersonRefSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  initials: Type.String(),
  avatarColor: Type.String(),
});
export type PersonRef = Static<typeof PersonRefSchema>;

/** What an undoable change answers: use `undoId` within ten seconds to take it back. */
export const UndoReceiptSchema = Type.Object({
  undoId: IdSchema,
  expiresAt: Type.String({ format: 'date-time' }),
});
export type UndoReceipt = Static<typeof UndoReceiptSchema>;

/** Per-item answer of a bulk command: the ones that failed carry the error code. */
export const BulkItemResultSchema = Type.Object({
  id: IdSchema,
  ok: Type.Boolean(),
  code: Type.Union([Type.String(), Type.Null()]),
});
export type BulkItemResult = Static<typeof BulkItemResultSchema>;

/** Custom field values keyed by the field definition's id: text, number, date, option id or user id. */
export const CustomFieldValuesSchema = Type.Record(
  Type.String(),
  Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Null()]),
);
export type CustomFieldValues = Static<typeof CustomFieldValuesSchema>;
