import { type Static, Type } from 'typebox';

export const FieldErrorSchema = Type.Object({
  field: Type.String({ description: 'Dotted field path, e.g. `email` or `items.0.name`' }),
  pointer: Type.String({ description: 'JSON pointer into the request, e.g. `/body/email`' }),
  code: Type.String(),
  message: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type FieldError = Static<typeof FieldErrorSchema>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String(),
  detail: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(FieldErrorSchema)),
  requestId: Type.Optional(Type.String()),
  retryAfterSeconds: Type.Optional(Type.Integer()),
  current: Type.Optional(Type.Unknown({ description: 'On version_conflict: the current record' })),
  duplicates: Type.Optional(
    Type.Array(Type.Unknown(), { description: 'On a duplicate (查重) conflict: the records it matches' }),
  ),
});
export type Problem = Static<typeof ProblemSchema>;
