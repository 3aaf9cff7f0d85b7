import type { Customer, DuplicateCustomer, DuplicateField } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { DuplicateKeys, DuplicateRow } from './queries/duplicates.ts';
import type { CustomerRow } from './queries/rows.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A customer as the API shows it, with what the actor may do with it. */
export function toCustomerDto(row: CustomerRow, options: { abilities: Customer['abilities'] }): Customer {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    industry: row.industry,
    country: row.country,
    province: row.province,
    city: row.city,
    size: row.size,
    source: row.source,
    status: row.status,
    creditCode: row.creditCode,
    phone: row.phone,
    email: row.email,
    owner:
      row.ownerId && row.ownerName !== null
        ? {
            id: row.ownerId,
            name: row.ownerName,
            initials: initialsOf(row.ownerName),
            avatarColor: row.ownerAvatarColor ?? '#1677ff',
          }
        : null,
    team: row.teamId && row.teamName !== null ? { id: row.teamId, name: row.teamName } : null,
    tags: row.tags,
    address: row.address,
    website: row.website,
    notes: row.notes,
    customFields: row.customFields ?? {},
    inPool: row.ownerId === null,
    lastActivityAt: iso(row.lastActivityAt),
    claimedAt: iso(row.claimedAt),
    returnedToPoolAt: iso(row.returnedToPoolAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    version: row.version,
    abilities: options.abilities,
  };
}

/** A duplicate shows only its name and owner (and on what it matched), whoever's it is. */
export function toDuplicateDto(row: DuplicateRow, keys: DuplicateKeys): DuplicateCustomer {
  const matchedOn: DuplicateField[] = [];
  if (keys.nameNormalized && row.name_normalized === keys.nameNormalized) matchedOn.push('name');
  if (keys.creditCode && row.credit_code === keys.creditCode) matchedOn.push('creditCode');
  if (keys.phone && row.phone_normalized === keys.phone) matchedOn.push('phone');
  if (keys.email && row.email_normalized === keys.email) matchedOn.push('email');
  return {
    id: row.id,
    name: row.name,
    owner: row.owner_id && row.owner_name !== null ? { id: row.owner_id, name: row.owner_name } : null,
    matchedOn,
    visible: Boolean(row.visible),
  };
}
