import type { Contact } from '@meridian/contracts';
import type { ContactRow } from './queries.ts';

export function toContactDto(row: ContactRow, options: { abilities: Contact['abilities'] }): Contact {
  return {
    id: row.id,
    customer: { id: row.customerId, name: row.customerName },
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    wechatId: row.wechatId,
    buyingRole: row.buyingRole,
    notes: row.notes,
    customFields: row.customFields ?? {},
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    version: row.version,
    abilities: options.abilities,
  };
}
