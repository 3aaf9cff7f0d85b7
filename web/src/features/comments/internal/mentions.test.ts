import { describe, expect, it } from 'vitest';
import { mentionMarkup, mentionsAsLinks, toComposerText, toStoredBody } from '@/features/comments/internal/mentions';

const zw = { id: '0190a1b2-0000-7000-8000-000000000001', name: '张伟' };
const zww = { id: '0190a1b2-0000-7000-8000-000000000002', name: '张伟伟' };
const alice = { id: '0190a1b2-0000-7000-8000-000000000003', name: 'Alice Wong' };

describe('mentions', () => {
  it('stores picked people as @[name](user:id) and leaves other @ text alone', () => {
    expect(toStoredBody('@张伟 请看 @王五 和 foo@bar.com', [zw])).toBe(
      `${mentionMarkup(zw)} 请看 @王五 和 foo@bar.com`,
    );
  });

  it('prefers the longest picked name and handles names with spaces', () => {
    expect(toStoredBody('@张伟伟 @张伟 @Alice Wong!', [zw, zww, alice])).toBe(
      `${mentionMarkup(zww)} ${mentionMarkup(zw)} ${mentionMarkup(alice)}!`,
    );
  });

  it('round-trips between stored Markdown and the composer text', () => {
    const stored = toStoredBody('@张伟 跟进 @Alice Wong', [zw, alice]);
    const { text, picked } = toComposerText(stored);
    expect(text).toBe('@张伟 跟进 @Alice Wong');
    expect(picked).toEqual([zw, alice]);
    expect(toStoredBody(text, picked)).toBe(stored);
  });

  it('renders mentions as mention: links for highlighting', () => {
    expect(mentionsAsLinks(`hi ${mentionMarkup(zw)}`)).toBe(`hi [@张伟](mention:${zw.id})`);
  });

  it('strips brackets from names so the markup stays parseable', () => {
    expect(mentionMarkup({ id: zw.id, name: '张[伟]' })).toBe(`@[张伟](user:${zw.id})`);
  });
});
