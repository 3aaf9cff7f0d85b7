import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const MAX_PREFIX = 12;

export type PinyinOf = {
  /** Syllables joined by a space ("zhang wei"): sorts like Intl.Collator('zh-CN') under a binary collation. */
  full: string;
  /** The first letter of each syllable ("zw"). */
  initials: string;
  syllables: string[];
};

/** Splits a name into pinyin syllables for Han characters and lower-case words for the rest. */
function syllablesOf(name: string): string[] {
  const text = name.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  const chars = [...text];
  const readings = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  // pinyin-pro answers one entry per Han character and one per run of other characters.
  let i = 0;
  for (const reading of readings) {
    if (i < chars.length && HAN.test(chars[i]!)) {
      out.push(reading.toLowerCase());
      i += 1;
    } else {
      for (const word of reading.match(/[\p{L}\p{N}]+/gu) ?? []) out.push(word.toLowerCase());
      i += [...reading].length;
    }
  }
  return out.filter((s) => s.length > 0);
}

/** Full pinyin spelling and initials of a name, e.g. 张伟 → "zhang wei" / "zw". */
export function pinyinOf(name: string): PinyinOf {
  const syllables = syllablesOf(name);
  return { full: syllables.join(' '), initials: syllables.map((s) => s[0]).join(''), syllables };
}

function prefixes(word: string, into: Set<string>): void {
  for (let n = 1; n <= Math.min(word.length, MAX_PREFIX); n++) into.add(word.slice(0, n));
}

/**
 * The search terms that make a name findable by pinyin: from each syllable on, the prefixes of
 * the joined spelling ("zhangwei", "wei") and of the initials ("zw", "w"). They join the
 * document terms of #platform/search, so `search_terms @> queryTerms(q)` matches "zw" and "zhangw".
 */
export function pinyinSearchTerms(name: string): string[] {
  const { syllables } = pinyinOf(name);
  if (!syllables.length || !HAN.test(name)) return [];
  const terms = new Set<string>();
  for (let start = 0; start < syllables.length && start < 24; start++) {
    const rest = syllables.slice(start);
    prefixes(rest.join(''), terms);
    prefixes(rest.map((s) => s[0]).join(''), terms);
  }
  return [...terms];
}
