/**
 * A tiny HTML builder for the reference page: every interpolated value is escaped unless it
 * is already `SafeHtml`, so a string from the OpenAPI document can never become markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = SafeHtml | string | number | boolean | null | undefined | readonly HtmlPart[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

function renderPart(part: HtmlPart): string {
  if (part === null || part === undefined || typeof part === 'boolean') return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(renderPart).join('');
  return escapeHtml(String(part));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += renderPart(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins parts with a separator (both escaped unless SafeHtml). */
export function join(parts: readonly HtmlPart[], separator: HtmlPart): SafeHtml {
  return new SafeHtml(parts.map(renderPart).join(renderPart(separator)));
}

/** A value for an `id` or `#fragment`: letters, digits, `-` and `_` only. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * The little Markdown the descriptions use: paragraphs and `inline code`. The text is
 * escaped first, and backticks are then the only thing turned into markup.
 */
export function inlineMarkdown(text: unknown): SafeHtml {
  if (typeof text !== 'string' || !text.trim()) return new SafeHtml('');
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => `<p>${inlineText(paragraph.trim()).value}</p>`);
  return new SafeHtml(paragraphs.join(''));
}

/** One line of text with `inline code`, for headings and summaries. */
export function inlineText(text: unknown): SafeHtml {
  if (typeof text !== 'string') return new SafeHtml('');
  const segments = escapeHtml(text).split('&#96;');
  // Odd segments sit between two backticks; an unmatched last backtick stays as text.
  const body = segments
    .map((segment, i) =>
      i % 2 === 0 ? segment : i < segments.length - 1 ? `<code>${segment}</code>` : `&#96;${segment}`,
    )
    .join('');
  return new SafeHtml(body);
}
