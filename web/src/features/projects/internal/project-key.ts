/** Project keys: 2–10 capital letters or digits, starting with a letter (as the API checks). */
export const PROJECT_KEY_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;

const HAN = /\p{Script=Han}/u;

/**
 * A key suggested from a project name: the initials of its words (Latin words and, through
 * `hanInitials`, the pinyin initials of Chinese characters), upper-cased, 2–6 characters.
 * "华东新品推广" → "HDXPTG"; "Key account push" → "KAP"; a single word keeps its first letters.
 */
export function suggestProjectKey(name: string, hanInitials?: (text: string) => string): string {
  const parts: string[] = [];
  for (const token of name.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (HAN.test(token)) {
      if (hanInitials)
        parts.push(
          ...hanInitials(token)
            .replace(/[^A-Za-z]/g, '')
            .split(''),
        );
    } else {
      parts.push(token);
    }
  }
  const words = parts.filter(Boolean);
  let key: string;
  if (words.length === 1) key = words[0]!.slice(0, 6);
  else key = words.map((w) => w[0]).join('');
  key = key
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^[0-9]+/, '');
  if (key.length === 1 && words[0] && words[0].length > 1) key = words[0].slice(0, 3).toUpperCase();
  if (key.length < 2) return key.length === 1 ? `${key}P` : 'PRJ';
  return key.slice(0, 6);
}

/** The pinyin initials of Chinese text ("华东" → "hd"), loaded on demand (the dictionary is large). */
export async function loadHanInitials(): Promise<(text: string) => string> {
  const { pinyin } = await import('pinyin-pro');
  return (text: string) => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}

/** What a project's progress bar shows: done over total, as a whole percentage. */
export function progressPercent(counts: { total: number; done: number }): number {
  if (counts.total === 0) return 0;
  return Math.round((counts.done / counts.total) * 100);
}
