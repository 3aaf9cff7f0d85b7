export { normalizeCompanyName } from './company-name.ts';
export { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code.ts';
export { isValidEmail, isValidPhone, normalizeEmail, normalizePhone, type PhoneKind, phoneKind } from './phone.ts';
export { type PinyinOf, pinyinOf, pinyinSearchTerms } from './pinyin.ts';
