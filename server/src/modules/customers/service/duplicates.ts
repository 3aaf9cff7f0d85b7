import type { CheckDuplicatesBody, CheckDuplicatesResult, DuplicateCustomer } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { type CustomerScope, customerScopeOf, visibleCustomersWhere } from '../policy.ts';
import { toDuplicateDto } from '../presenter.ts';
import { type DuplicateKeys, findDuplicateCustomers } from '../queries/duplicates.ts';
import type { CustomersDeps } from './deps.ts';
import { cleanIdentity } from './normalize.ts';
import { assertCrmMember } from './shared.ts';

/** The duplicates of the keys; `blocking` when one shares a credit code, phone or e-mail. */
export async function findDuplicates(
  ctx: RequestContext,
  scope: CustomerScope,
  keys: DuplicateKeys,
  excludeId: string | null,
): Promise<CheckDuplicatesResult> {
  const rows = await findDuplicateCustomers(ctx.db, ctx.orgId, keys, visibleCustomersWhere(scope), excludeId);
  const duplicates = rows.map((row) => toDuplicateDto(row, keys));
  return { duplicates, blocking: duplicates.some((d) => d.matchedOn.some((m) => m !== 'name')) };
}

/**
 * 查重 before a write: 409 `conflict` listing the duplicates, unless the only matches are on the
 * name and the caller said `allowDuplicate`.
 */
export async function assertNoDuplicates(
  ctx: RequestContext,
  scope: CustomerScope,
  keys: DuplicateKeys,
  options: { excludeId: string | null; allowDuplicate: boolean },
): Promise<void> {
  const { duplicates, blocking } = await findDuplicates(ctx, scope, keys, options.excludeId);
  if (duplicates.length === 0 || (!blocking && options.allowDuplicate)) return;
  const fields = [...new Set(duplicates.flatMap((d: DuplicateCustomer) => d.matchedOn))].map((field) =>
    fieldError(field, 'taken', 'Another customer has the same value'),
  );
  throw new AppError('conflict', {
    detail: blocking
      ? 'A customer with the same credit code, phone or e-mail already exists'
      : 'A customer with a similar name already exists; send allowDuplicate to create it anyway',
    fields,
    duplicates,
  });
}

/** The same check as creation, without creating: the web calls it while the name is typed. */
export async function checkDuplicates(
  _deps: CustomersDeps,
  ctx: RequestContext,
  input: CheckDuplicatesBody,
): Promise<CheckDuplicatesResult> {
  assertCrmMember(ctx);
  // While typing, a half-entered phone or code is not an error: only valid values are compared.
  const clean = (field: keyof CheckDuplicatesBody) => {
    try {
      return input[field] ? cleanIdentity({ [field]: input[field] }) : {};
    } catch {
      return {};
    }
  };
  const keys: DuplicateKeys = {
    nameNormalized: clean('name').nameNormalized || null,
    creditCode: clean('creditCode').creditCode ?? null,
    phone: clean('phone').phoneNormalized ?? null,
    email: clean('email').emailNormalized ?? null,
  };
  return findDuplicates(ctx, await customerScopeOf(ctx), keys, input.excludeId ?? null);
}
