import type {
  Contact,
  ContactList,
  ContactListQuery,
  ContactWriteResult,
  CreateContactBody,
  UpdateContactBody,
} from '@meridian/contracts';
import { customerScopeOf, managesCustomer, visibleCustomersWhere } from '#modules/customers/index.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, forbidden } from '#platform/errors/app-error.ts';
import { encodeCursor, pageRequest } from '#platform/http/pagination.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { queryTerms } from '#platform/search/search-terms.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { normalizeEmail, normalizePhone, phoneKind, pinyinOf } from '#platform/text/index.ts';
import { findCustomerOwnership } from './customer-lookup.ts';
import { toContactDto } from './presenter.ts';
import { countContacts, insertContact, listContacts as listRows, updateContactRow } from './queries.ts';

export type ContactsDeps = { clock: Clock };

import {
  AUDIENCE,
  abilitiesOf,
  assertCrmMember,
  cleanDetails,
  FIELDS,
  load,
  present,
  searchTermsOf,
  warningsFor,
} from './service/shared.ts';

/** A page of the contacts of customers the actor may see; `q` matches name, pinyin, initials, phone and e-mail. */
export async function listContacts(
  _deps: ContactsDeps,
  ctx: RequestContext,
  query: ContactListQuery,
): Promise<ContactList> {
  assertCrmMember(ctx);
  const scope = await customerScopeOf(ctx);
  const sort = query.sort ?? 'name';
  const page = pageRequest(query, [sort === 'name' ? 'string' : 'instant', 'uuid']);
  const q = query.q?.trim();
  const phone = q ? normalizePhone(q) : '';
  const filter = {
    customerId: query.customerId,
    buyingRole: query.buyingRole,
    ...(q
      ? {
          terms: queryTerms(q),
          phone: phoneKind(phone) ? phone : null,
          email: q.includes('@') ? normalizeEmail(q) : null,
        }
      : {}),
  };
  const visible = visibleCustomersWhere(scope);
  const rows = await listRows(ctx.db, ctx.orgId, visible, filter, { limit: page.limit, sort, after: page.cursor });
  const total = await countContacts(ctx.db, ctx.orgId, visible, filter);
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  const last = items.at(-1);
  return {
    items: items.map((row) => toContactDto(row, { abilities: abilitiesOf(scope, row) })),
    nextCursor:
      hasMore && last
        ? encodeCursor(sort === 'name' ? [last.namePinyin, last.id] : [new Date(last.updatedAt), last.id])
        : null,
    total,
  };
}

export async function getContact(_deps: ContactsDeps, ctx: RequestContext, id: string): Promise<Contact> {
  assertCrmMember(ctx);
  const scope = await customerScopeOf(ctx);
  return present(ctx, id, scope);
}

/** Adds a contact to a customer the actor manages; the same phone or e-mail elsewhere is a warning. */
export async function createContact(
  deps: ContactsDeps,
  ctx: RequestContext,
  input: CreateContactBody,
): Promise<ContactWriteResult> {
  assertCrmMember(ctx);
  const details = cleanDetails({ name: input.name, phone: input.phone ?? '', email: input.email ?? '' });
  return withTx(ctx, async (tx) => {
    const scope = await customerScopeOf(tx);
    const customer = await findCustomerOwnership(tx.db, ctx.orgId, input.customerId, visibleCustomersWhere(scope));
    if (!customer) {
      throw new AppError('validation_failed', { fields: [fieldError('customerId', 'invalid', 'No such customer')] });
    }
    if (!managesCustomer(scope, customer)) throw forbidden('You may not add contacts to this customer');
    const id = newId();
    const now = deps.clock.now();
    const row = {
      customerId: input.customerId,
      name: details.name!,
      title: input.title?.trim() ?? '',
      phone: details.phone ?? '',
      email: details.email ?? '',
      wechatId: input.wechatId?.trim() ?? '',
      buyingRole: input.buyingRole ?? '',
      notes: input.notes ?? '',
      customFields: input.customFields ?? {},
    };
    await insertContact(tx.db, {
      orgId: ctx.orgId,
      id,
      ...row,
      namePinyin: pinyinOf(row.name).full,
      phoneNormalized: row.phone || null,
      emailNormalized: row.email || null,
      searchTerms: searchTermsOf(row),
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'contact.created',
        targetType: 'contact',
        targetId: id,
        targetLabel: row.name,
        changes: diffFields(null, row, [...FIELDS]),
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'contact.created',
      payload: { contactId: id, customerId: row.customerId },
      audience: AUDIENCE,
    });
    return { contact: await present(tx, id, scope), warnings: await warningsFor(tx, scope, row, id) };
  });
}

/** Edits a contact of a customer the actor manages; a stale version answers 409. */
export async function updateContact(
  deps: ContactsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateContactBody,
  version: number | undefined,
): Promise<ContactWriteResult> {
  assertCrmMember(ctx);
  const details = cleanDetails(input);
  return withTx(ctx, async (tx) => {
    const { row: before, scope } = await load(tx, id);
    if (!abilitiesOf(scope, before).update) throw forbidden('You may not edit this contact');
    if (version !== undefined && version !== before.version) throw versionConflict(await present(tx, id, scope));
    const view = Object.fromEntries(FIELDS.map((f) => [f, before[f]])) as Record<(typeof FIELDS)[number], unknown>;
    const next = { ...view };
    for (const f of ['title', 'wechatId', 'buyingRole', 'notes', 'customFields'] as const) {
      if (input[f] !== undefined)
        next[f] = typeof input[f] === 'string' && f !== 'notes' ? (input[f] as string).trim() : input[f];
    }
    if (details.name !== undefined) next.name = details.name;
    if (details.phone !== undefined) next.phone = details.phone;
    if (details.email !== undefined) next.email = details.email;
    const changes = diffFields(view, next, [...FIELDS]);
    const text = next as { name: string; phone: string; email: string; title: string };
    if (Object.keys(changes).length === 0) return { contact: await present(tx, id, scope), warnings: [] };
    const now = deps.clock.now();
    const patch = {
      ...Object.fromEntries(Object.keys(changes).map((f) => [f, next[f as keyof typeof next]])),
      ...(changes.name ? { namePinyin: pinyinOf(text.name).full } : {}),
      ...(changes.phone ? { phoneNormalized: text.phone || null } : {}),
      ...(changes.email ? { emailNormalized: text.email || null } : {}),
      searchTerms: searchTermsOf(text),
      updatedAt: now,
    };
    if (!(await updateContactRow(tx.db, ctx.orgId, id, version, patch)))
      throw versionConflict(await present(tx, id, scope));
    await recordAudit(
      tx.db,
      tx,
      { action: 'contact.updated', targetType: 'contact', targetId: id, targetLabel: text.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'contact.updated',
      payload: { contactId: id, customerId: before.customerId, changes: Object.keys(changes) },
      audience: AUDIENCE,
    });
    const warnings =
      changes.phone || changes.email
        ? await warningsFor(
            tx,
            scope,
            { phone: changes.phone ? text.phone : '', email: changes.email ? text.email : '' },
            id,
          )
        : [];
    return { contact: await present(tx, id, scope), warnings };
  });
}

/** Soft-deletes a contact of a customer the actor manages. */
export async function deleteContact(deps: ContactsDeps, ctx: RequestContext, id: string, version: number | undefined) {
  assertCrmMember(ctx);
  await withTx(ctx, async (tx) => {
    const { row, scope } = await load(tx, id);
    if (!abilitiesOf(scope, row).delete) throw forbidden('You may not delete this contact');
    if (version !== undefined && version !== row.version) throw versionConflict(await present(tx, id, scope));
    const now = deps.clock.now();
    await updateContactRow(tx.db, ctx.orgId, id, undefined, { deletedAt: now, updatedAt: now });
    const view = Object.fromEntries(FIELDS.map((f) => [f, row[f]]));
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'contact.deleted',
        targetType: 'contact',
        targetId: id,
        targetLabel: row.name,
        changes: diffFields(view, null, [...FIELDS]),
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'contact.deleted',
      payload: { contactId: id, customerId: row.customerId },
      audience: AUDIENCE,
    });
  });
}

export function createContactsService(deps: ContactsDeps) {
  return {
    listContacts: bindDeps(deps, listContacts),
    getContact: bindDeps(deps, getContact),
    createContact: bindDeps(deps, createContact),
    updateContact: bindDeps(deps, updateContact),
    deleteContact: bindDeps(deps, deleteContact),
  };
}
export type ContactsService = ReturnType<typeof createContactsService>;
