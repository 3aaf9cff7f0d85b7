import type { CreateCustomerBody, UpdateCustomerBody } from '@meridian/contracts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import {
  isValidCreditCode,
  isValidEmail,
  normalizeCompanyName,
  normalizeCreditCode,
  normalizeEmail,
  normalizePhone,
  phoneKind,
  pinyinOf,
  pinyinSearchTerms,
} from '#platform/text/index.ts';

type Input = Partial<CreateCustomerBody & UpdateCustomerBody>;

/** The identity fields of a customer after cleaning: what is stored and what 查重 compares. */
export type CleanIdentity = {
  name?: string;
  nameNormalized?: string;
  namePinyin?: string;
  creditCode?: string | null;
  phone?: string;
  phoneNormalized?: string | null;
  email?: string;
  emailNormalized?: string | null;
};

/**
 * Cleans and validates the identity fields present in the input; every problem is reported at
 * once, on its field (credit code with a wrong check character, a phone that is neither a
 * mobile nor a landline with area code, a malformed e-mail).
 */
export function cleanIdentity(input: Input): CleanIdentity {
  const fields = [];
  const out: CleanIdentity = {};
  if (input.name !== undefined) {
    const name = input.name.normalize('NFKC').trim().replace(/\s+/g, ' ');
    if (!name) fields.push(fieldError('name', 'required', 'Enter the customer name'));
    out.name = name;
    out.nameNormalized = normalizeCompanyName(name);
    out.namePinyin = pinyinOf(name).full;
  }
  if (input.creditCode !== undefined) {
    const code = input.creditCode === null ? '' : normalizeCreditCode(input.creditCode);
    if (code && !isValidCreditCode(code)) {
      fields.push(fieldError('creditCode', 'invalid', 'Not a valid unified social credit code'));
    }
    out.creditCode = code || null;
  }
  if (input.phone !== undefined) {
    const phone = normalizePhone(input.phone);
    if (phone && !phoneKind(phone))
      fields.push(fieldError('phone', 'format', 'Enter a mobile or a landline with area code'));
    out.phone = phone;
    out.phoneNormalized = phone || null;
  }
  if (input.email !== undefined) {
    const email = normalizeEmail(input.email);
    if (email && !isValidEmail(email)) fields.push(fieldError('email', 'format', 'Not a valid e-mail address'));
    out.email = email;
    out.emailNormalized = email || null;
  }
  if (fields.length) throw new AppError('validation_failed', { fields });
  return out;
}

/** Tags trimmed and without repeats, in the order given. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.normalize('NFKC').trim()).filter(Boolean))];
}

/** What finds a customer: name words, CJK pairs, pinyin and initials, phone, e-mail, credit code, tags. */
export function customerSearchTerms(row: {
  name: string;
  phone: string;
  email: string;
  creditCode: string | null;
  tags: string[];
}): string[] {
  return [
    ...new Set([
      ...documentTerms(row.name, row.phone, row.email, row.creditCode ?? '', ...row.tags),
      ...pinyinSearchTerms(row.name),
    ]),
  ];
}
