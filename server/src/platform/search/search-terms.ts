/**
 * Search terms for Chinese and Latin text without a database extension: PGlite and every
 * PostgreSQL install answer `search_terms @> query_terms` from a GIN index on a text array.
 *
 * - Latin letters and digits: each word lower-cased, with its prefixes from two characters,
 *   so that "cust" finds "customer".
 * - Chinese (and other CJK) runs: every character and every pair of neighbours, so that any
 *   query of one or more characters is covered by the document's terms.
 *
 * The index narrows the rows; the caller still checks the text with ILIKE for exact phrases.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MAX_PREFIX = 12;
const MAX_TERMS = 2000;

function splitRuns(word: string): { text: string; isCjk: boolean }[] {
  const runs: { text: string; isCjk: boolean }[] = [];
  for (const char of word) {
    const isCjk = CJK.test(char);
    const last = runs[runs.length - 1];
    if (last && last.isCjk === isCjk) last.text += char;
    else runs.push({ text: char, isCjk });
  }
  return runs;
}

/** Every term a document is found by. */
export function documentTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of text.normalize('NFKC').toLowerCase().match(WORD) ?? []) {
      for (const run of splitRuns(word)) {
        const chars = [...run.text];
        if (run.isCjk) {
          for (let i = 0; i < chars.length; i++) {
            terms.add(chars[i]!);
            if (i + 1 < chars.length) terms.add(chars[i]! + chars[i + 1]!);
          }
        } else {
          if (chars.length === 1) terms.add(chars[0]!);
          for (let n = 2; n <= Math.min(chars.length, MAX_PREFIX); n++) terms.add(chars.slice(0, n).join(''));
          if (chars.length > MAX_PREFIX) terms.add(run.text);
        }
        if (terms.size >= MAX_TERMS) return [...terms];
      }
    }
  }
  return [...terms];
}

/** The terms a query needs a document to have: each Latin word (as a prefix) and CJK pairs. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of query.normalize('NFKC').toLowerCase().match(WORD) ?? []) {
    for (const run of splitRuns(word)) {
      const chars = [...run.text];
      if (run.isCjk) {
        if (chars.length === 1) terms.add(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
      } else {
        terms.add(chars.slice(0, MAX_PREFIX).join(''));
      }
    }
  }
  return [...terms];
}

/** `%`, `_` and `\` escaped for an ILIKE pattern. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
