import { Button, Flex, Mentions } from 'antd';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickedMention, toStoredBody } from '@/features/comments/internal/mentions';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { isImeEnter } from '@/shared/ui/ime-enter-guard';

export type CommentComposerProps = {
  initialText?: string;
  initialPicked?: PickedMention[];
  submitLabel: string;
  isSubmitting: boolean;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** The comment box: Markdown text with @ autocomplete of members; Ctrl/⌘+Enter sends (never mid-IME). */
export function CommentComposer({
  initialText = '',
  initialPicked = [],
  submitLabel,
  isSubmitting,
  onSubmit,
  onCancel,
  autoFocus,
}: CommentComposerProps) {
  const { t } = useTranslation('comments');
  const [text, setText] = useState(initialText);
  const [search, setSearch] = useState('');
  const picked = useRef<PickedMention[]>(initialPicked);
  const { data, isFetching } = useMemberSearch(search);
  // rc-mentions rewrites each option's `key` (`<key>-<uniqueKey>`), so a pick is matched by its
  // label, which the e-mail address makes unique, and never by its key.
  const labelOf = (m: { name: string; email: string }) => `${m.name} · ${m.email}`;
  const options = (data?.items ?? []).map((m) => ({ key: m.userId, value: m.name, label: labelOf(m) }));

  const handleSubmit = async () => {
    if (!text.trim() || isSubmitting) return;
    try {
      await onSubmit(toStoredBody(text.trim(), picked.current));
      setText('');
      picked.current = [];
    } catch {
      // The caller reported the error; the text stays so that nothing typed is lost.
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isImeEnter(event.nativeEvent)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void handleSubmit();
    }
  };

  return (
    <Flex vertical gap={8}>
      <Mentions
        aria-label={t('composer.label')}
        placeholder={t('composer.placeholder')}
        autoSize={{ minRows: 2, maxRows: 12 }}
        value={text}
        autoFocus={autoFocus}
        maxLength={20_000}
        loading={isFetching}
        options={options}
        onChange={setText}
        onSearch={setSearch}
        onSelect={(option) => {
          // The picked option is one of `options` (spread), typed by antd without its `label`.
          const { label } = option as { label?: unknown };
          const member = data?.items.find((m) => labelOf(m) === label);
          if (member) picked.current = [...picked.current, { id: member.userId, name: member.name }];
        }}
        onKeyDown={handleKeyDown}
      />
      <Flex justify="space-between" align="center" gap={8} wrap>
        <span style={{ fontSize: 12, opacity: 0.75 }}>{t('composer.hint')}</span>
        <Flex gap={8}>
          {onCancel ? <Button onClick={onCancel}>{t('common:actions.cancel')}</Button> : null}
          <Button type="primary" loading={isSubmitting} disabled={!text.trim()} onClick={() => void handleSubmit()}>
            {submitLabel}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}
