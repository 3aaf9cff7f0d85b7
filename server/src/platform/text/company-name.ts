/**
 * Company names as 查重 compares them: two spellings of one company give the same key.
 * NFKC folds full-width letters, digits and brackets; blanks and punctuation go; Latin is
 * lower-cased; common legal-form suffixes and a bracketed region such as （中国） are dropped.
 */
const SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团股份',
  '集团公司',
  '集团',
  '股份公司',
  '分公司',
  '公司',
  'coltd',
  'limited',
  'ltd',
  'inc',
  'llc',
  'corp',
  'corporation',
  'co',
];

const BRACKETED = /[(（[【〔][^)）\]】〕]*[)）\]】〕]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeCompanyName(name: string): string {
  let text = name.normalize('NFKC').toLowerCase();
  // Brackets with their content: (中国), (北京), (集团). Only when something else remains.
  const withoutBrackets = text.replace(BRACKETED, '');
  if (withoutBrackets.replace(NOT_WORD, '')) text = withoutBrackets;
  text = text.replace(NOT_WORD, '');
  // Suffixes can stack (…集团有限公司): strip until none applies, never down to nothing.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (text.endsWith(suffix) && text.length > suffix.length) {
        text = text.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return text;
}
