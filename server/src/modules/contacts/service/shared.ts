import type { Contact, ContactDuplicateWarning } from '@meridian/contracts';
import {
  type CustomerScope,
  customerScopeOf,
  managesCustomer,
  visibleCustomersWhere,
} from '#modules/customers/index.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { isValidEmail, normalizeEmail, normalizePhone, phoneKind, pinyinSearchTerms } from '#platform/text/index.ts';
import { toContactDto } from '../presenter.ts';
import { type ContactRow, findContact, findSameContactDetails } from '../queries.ts';

export const FIELDS = [
  'name',
  'title',
  'phone',
  'email',
  'wechatId',
  'buyingRole',
  'notes',
  'customFields',
  'customerId',
] as const;
export const AUDIENCE = { minRole: 'member' as const };

export function assertCrmMember(ctx: RequestContext): void {
  if (ctx.actor.role === 'guest') throw new AppError('forbidden', { detail: 'Guests have no access to the CRM' });
}

export const abilitiesOf = (scope: CustomerScope, row: ContactRow) => {
  const manages = managesCustomer(scope, { ownerId: row.customerOwnerId, teamId: row.customerTeamId });
  return { update: manages, delete: manages };
};

/** Phone and e-mail cleaned (NFKC, +86, case) and validated, each problem on its field. */
export function cleanDetails(input: { name?: string; phone?: string; email?: string }) {
  const fields = [];
  const name = input.name?.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (input.name !== undefined && !name) fields.push(fieldError('name', 'required', 'Enter the contact name'));
  const phone = input.phone === undefined ? undefined : normalizePhone(input.phone);
  if (phone && !phoneKind(phone))
    fields.push(fieldError('phone', 'format', 'Enter a mobile or a landline with area code'));
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  if (email && !isValidEmail(email)) fields.push(fieldError('email', 'format', 'Not a valid e-mail address'));
  if (fields.length) throw new AppError('validation_failed', { fields });
  return { name, phone, email };
}

export function searchTermsOf(c: { name: string; phone: string; email: string; title: string }): string[] {
  return [...new Set([...documentTerms(c.name, c.phone, c.email, c.title), ...pinyinSearchTerms(c.name)])];
}

export async function warningsFor(
  ctx: RequestContext,
  scope: CustomerScope,
  values: { phone: string; email: string },
  excludeId: string,
): Promise<ContactDuplicateWarning[]> {
  const rows = await findSameContactDetails(
    ctx.db,
    ctx.orgId,
    visibleCustomersWhere(scope),
    { phone: values.phone || null, email: values.email || null },
    excludeId,
  );
  return rows.flatMap((r) => {
    const base = { contactId: r.id, name: r.name, customerId: r.customerId, customerName: r.customerName };
    const out: ContactDuplicateWarning[] = [];
    if (values.phone && r.phoneNormalized === values.phone) out.push({ field: 'phone', ...base });
    if (values.email && r.emailNormalized === values.email) out.push({ field: 'email', ...base });
    return out;
  });
}

export async function load(ctx: RequestContext, id: string, scope?: CustomerScope) {
  const s = scope ?? (await customerScopeOf(ctx));
  const row = await findContact(ctx.db, ctx.orgId, id, visibleCustomersWhere(s));
  if (!row) throw notFound('No such contact');
  return { row, scope: s };
}

export async function present(ctx: RequestContext, id: string, scope: CustomerScope): Promise<Contact> {
  const { row } = await load(ctx, id, scope);
  return toContactDto(row, { abilities: abilitiesOf(scope, row) });
}
