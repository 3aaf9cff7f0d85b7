/**
 * Phone numbers as people type them: full-width digits (NFKC), blanks, dashes, dots and
 * brackets, an optional +86 / 0086 prefix. Mobiles are 11 digits `1[3-9]…`; landlines carry
 * an area code (010, 021, 0755…) and 7–8 digits, with an optional extension.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;

export type PhoneKind = 'mobile' | 'landline';

/** The digits of a phone number without country prefix or separators (`-` kept before an extension). */
export function normalizePhone(input: string): string {
  let text = input.normalize('NFKC').trim();
  // Already normalised with an extension: a landline, "-", the extension.
  const normalised = /^(0\d{9,11})-(\d{1,6})$/.exec(text);
  if (normalised && LANDLINE.test(normalised[1]!)) return text;
  let extension = '';
  const ext = /(?:转|ext\.?|x|#)\s*(\d{1,6})$/i.exec(text);
  if (ext && text.slice(0, ext.index).replace(/\D/g, '').length >= 7) {
    extension = ext[1]!;
    text = text.slice(0, ext.index);
  }
  let digits = text.replace(/[\s\-–—.()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (/^86(1[3-9]\d{9})$/.test(digits)) digits = digits.slice(2);
  if (digits.startsWith('(0') || digits.startsWith('0')) digits = digits.replace(/[()]/g, '');
  return extension ? `${digits}-${extension}` : digits;
}

/** Whether a normalised number is a Chinese mobile or a landline with its area code. */
export function phoneKind(normalized: string): PhoneKind | null {
  const main = normalized.split('-')[0] ?? '';
  if (MOBILE.test(main) && !normalized.includes('-')) return 'mobile';
  if (LANDLINE.test(main)) return 'landline';
  return null;
}

export function isValidPhone(input: string): boolean {
  return phoneKind(normalizePhone(input)) !== null;
}

/** E-mail addresses compare case-insensitively, after NFKC and trimming. */
export function normalizeEmail(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

export function isValidEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalizeEmail(input));
}
