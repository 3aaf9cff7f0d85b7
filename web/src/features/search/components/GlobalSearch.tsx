import { FolderOutlined, ProfileOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Flex, Input, type InputRef, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FOCUS_SEARCH_EVENT, GLOBAL_SEARCH_INPUT_ID } from '@/app/shortcuts/global-search';
import { useShortcut } from '@/app/shortcuts/use-shortcut';
import { useSearch } from '@/features/search/api/search-queries';
import { useDebouncedValue } from '@/features/search/hooks/use-debounced-value';
import { groupHits, hrefOfHit, normalizeQuery, snippetOf } from '@/features/search/internal/search-results';

const GROUP_TITLES = { project: 'groups.projects', task: 'groups.tasks' } as const;

export type GlobalSearchProps = { isMobile: boolean };

/**
 * The top bar's search: projects and tasks by key, title and description as you type. Ctrl/⌘+K and
 * `/` focus it (`meridian:focus-search`); arrows move through the results, Enter opens one.
 */
export function GlobalSearch({ isMobile }: GlobalSearchProps) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const inputRef = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const query = normalizeQuery(useDebouncedValue(text, 200));
  const search = useSearch(query);

  useEffect(() => {
    const focus = () => inputRef.current?.focus({ cursor: 'all' });
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, []);
  useShortcut('mod+k', () => inputRef.current?.focus({ cursor: 'all' }), {
    descriptionKey: 'search:shortcut',
    scope: 'global',
    allowInInputs: true,
  });

  const hits = query && search.data ? search.data : [];
  const options = groupHits(hits).map((group) => ({
    label: t(GROUP_TITLES[group.kind]),
    options: group.hits.map((hit) => {
      const snippet = snippetOf(hit);
      return {
        value: hrefOfHit(hit),
        label: (
          <Flex vertical style={{ minWidth: 0 }}>
            <Flex gap={6} align="center" style={{ minWidth: 0 }}>
              {hit.kind === 'project' ? <FolderOutlined aria-hidden /> : <ProfileOutlined aria-hidden />}
              <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                {hit.key}
              </Typography.Text>
              <Typography.Text ellipsis>{hit.title}</Typography.Text>
            </Flex>
            {snippet ? (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {snippet}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      };
    }),
  }));

  const handleSelect = (href: string) => {
    setText('');
    inputRef.current?.blur();
    void navigate(href);
  };

  const notFound =
    query === null ? null : search.isFetching && hits.length === 0 ? (
      <Spin size="small" aria-label={t('searching')} />
    ) : search.isError ? (
      t('failed')
    ) : (
      t('noResults', { query })
    );

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onSelect={handleSelect}
      filterOption={false}
      defaultActiveFirstOption
      notFoundContent={notFound}
      popupMatchSelectWidth={isMobile ? 300 : 420}
      style={{ width: isMobile ? 140 : 280 }}
    >
      <Input
        id={GLOBAL_SEARCH_INPUT_ID}
        ref={inputRef}
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={isMobile ? t('placeholderShort') : t('placeholder')}
        aria-label={t('label')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') inputRef.current?.blur();
        }}
      />
    </AutoComplete>
  );
}
