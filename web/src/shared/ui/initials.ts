const HAN = /\p{Script=Han}/u;

/**
 * Avatar letters for a name: Chinese names show their last two characters (张伟 → 张伟, 欧阳娜娜 →
 * 娜娜), as WeCom and DingTalk do; other names the first letters of the first and last words.
 */
export function getInitials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const chars = [...trimmed.replace(/\s+/g, '')];
  if (HAN.test(chars[0] ?? '')) return chars.slice(-2).join('');
  const words = trimmed.split(/[\s._-]+/).filter(Boolean);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable colour from a string, for avatars whose owner has not chosen one. */
export function colorFromString(value: string): string {
  const palette = ['#0958d9', '#531dab', '#c41d7f', '#ad4e00', '#237804', '#006d75', '#08979c', '#d4380d'];
  let hash = 0;
  for (const char of value) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? '#0958d9';
}
