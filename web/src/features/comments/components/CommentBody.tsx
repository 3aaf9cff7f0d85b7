import { Typography, theme } from 'antd';
import Markdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { mentionsAsLinks } from '@/features/comments/internal/mentions';

export type CommentBodyProps = { body: string };

/** Keeps `mention:` links (drawn as names) and otherwise react-markdown's safe URL rules. */
function urlTransform(url: string): string {
  return url.startsWith('mention:') ? url : defaultUrlTransform(url);
}

/** A comment's Markdown (GFM, no raw HTML) with mentions as highlighted names. */
export function CommentBody({ body }: CommentBodyProps) {
  const { token } = theme.useToken();
  return (
    <div className="comment-body" style={{ overflowWrap: 'anywhere' }}>
      <Markdown
        remarkPlugins={[remarkGfm]}
        urlTransform={urlTransform}
        components={{
          a: ({ href, children }) =>
            href?.startsWith('mention:') ? (
              <span
                data-user-id={href.slice('mention:'.length)}
                style={{
                  color: token.colorPrimaryText,
                  background: token.colorPrimaryBg,
                  borderRadius: 4,
                  padding: '0 2px',
                  fontWeight: 500,
                }}
              >
                {children}
              </span>
            ) : (
              <Typography.Link href={href} target="_blank" rel="noopener noreferrer nofollow">
                {children}
              </Typography.Link>
            ),
          p: ({ children }) => <p style={{ margin: '0 0 4px' }}>{children}</p>,
        }}
      >
        {mentionsAsLinks(body)}
      </Markdown>
    </div>
  );
}
