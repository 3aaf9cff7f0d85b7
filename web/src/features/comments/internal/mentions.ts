import { MENTION_PATTERN } from '@meridian/contracts';

/** A person picked in the composer: the `@name` they show as, and who they are. */
export type PickedMention = { id: string; name: string };

const pattern = () => new RegExp(MENTION_PATTERN.source, 'gi');

/** `@[张伟](user:id)`: how a mention is stored in the Markdown the server keeps. */
export function mentionMarkup(mention: PickedMention): string {
  return `@[${mention.name.replace(/[[\]\n]/g, '')}](user:${mention.id})`;
}

/**
 * Turns the composer's text (`@张伟 请看`) into stored Markdown, for the people picked from the
 * list; longer names first so that "@张伟伟" is not taken for "@张伟". Other `@` text stays as typed.
 */
export function toStoredBody(text: string, picked: PickedMention[]): string {
  const byLength = [...new Map(picked.map((p) => [p.name, p])).values()].sort((a, b) => b.name.length - a.name.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const found = text[i] === '@' ? byLength.find((p) => text.startsWith(`@${p.name}`, i)) : undefined;
    if (found) {
      out += mentionMarkup(found);
      i += found.name.length + 1;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** The other way, to edit a stored comment in the composer: the text and the people it mentions. */
export function toComposerText(body: string): { text: string; picked: PickedMention[] } {
  const picked: PickedMention[] = [];
  const text = body.replace(pattern(), (_all, name: string, id: string) => {
    if (!picked.some((p) => p.id === id)) picked.push({ id, name });
    return `@${name}`;
  });
  return { text, picked };
}

/**
 * Rewrites mentions into links with a `mention:` scheme that the Markdown renderer draws as
 * highlighted names (react-markdown keeps the link, and never renders raw HTML).
 */
export function mentionsAsLinks(body: string): string {
  return body.replace(pattern(), (_all, name: string, id: string) => `[@${name}](mention:${id})`);
}
