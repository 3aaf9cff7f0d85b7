import { MENTION_PATTERN } from '@meridian/contracts';

/** At most this many people may be mentioned in one comment; the rest stay plain text. */
export const MAX_MENTIONS = 50;

/** The user ids a Markdown body mentions with `@[name](user:id)`, in order of first appearance, lower-cased. */
export function extractMentionIds(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(new RegExp(MENTION_PATTERN.source, 'gi'))) {
    const id = match[2]!.toLowerCase();
    if (!ids.includes(id)) ids.push(id);
    if (ids.length >= MAX_MENTIONS) break;
  }
  return ids;
}

/** A short plain-text excerpt of a comment for notifications and mails: mentions become `@name`. */
export function excerptOf(body: string, max = 140): string {
  const plain = body
    .replace(new RegExp(MENTION_PATTERN.source, 'gi'), (_all, name: string) => `@${name}`)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...plain].length > max ? `${[...plain].slice(0, max - 1).join('')}…` : plain;
}
