import type { ApiToken, CreatedApiToken, TokenScope } from '@meridian/contracts';
import type { TokenRow } from './queries.ts';

export function toApiTokenDto(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as TokenScope,
    prefix: row.prefix,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The one answer that carries the secret. */
export function toCreatedApiTokenDto(row: TokenRow, token: string): CreatedApiToken {
  return { ...toApiTokenDto(row), token };
}
