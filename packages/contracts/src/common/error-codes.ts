/** Stable error codes: the web maps each to `errors.<code>` in its catalogues. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'route_not_found',
  'conflict',
  'version_conflict',
  'already_exists',
  'rate_limited',
  'account_locked',
  'invalid_credentials',
  'email_taken',
  'weak_password',
  'invitation_invalid',
  'reset_token_invalid',
  'signup_closed',
  'last_owner',
  'already_member',
  'team_cycle',
  'token_scope',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'bad_request',
  'internal',
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes of one field's problem, also mapped by the web (`errors.field.<code>`). */
export const FIELD_ERROR_CODES = [
  'required',
  'format',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'pattern',
  'type',
  'enum',
  'unknown',
  'invalid',
  'taken',
  'common_password',
  'mismatch',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
