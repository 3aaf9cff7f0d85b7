import { Flex, Modal, Table, Typography } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { focusGlobalSearch } from '@/app/shortcuts/global-search';
import { helpEntries, type ShortcutDefinition, shortcutRegistry } from '@/app/shortcuts/shortcut-registry';
import { useShortcut, useShortcutListener } from '@/app/shortcuts/use-shortcut';
import { i18n } from '@/shared/i18n/i18n';

const zh = () => i18n.getFixedT('zh-CN');
const en = () => i18n.getFixedT('en');

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

/** `mod+k` → `Ctrl K` (or `⌘ K`), one kbd per key. */
function KeyChord({ keys }: { keys: string }) {
  const parts = keys.split('+').map((part) => (part === 'mod' ? (isMac() ? '⌘' : 'Ctrl') : part));
  return (
    <Flex gap={4}>
      {parts.map((part) => (
        <Typography.Text key={part} keyboard>
          {part}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * Listens for shortcuts app-wide, registers `?` (this help) and `/` (search), and lists every
 * registered shortcut in Chinese and English.
 */
export function ShortcutHelpModal() {
  const { t } = useTranslation('shortcuts');
  const [isOpen, setIsOpen] = useState(false);
  const definitions = useSyncExternalStore(shortcutRegistry.subscribe, shortcutRegistry.list, shortcutRegistry.list);
  useShortcutListener();
  useShortcut('?', () => setIsOpen(true), { descriptionKey: 'shortcuts:help', scope: 'global' });
  useShortcut('/', () => focusGlobalSearch(), { descriptionKey: 'shortcuts:search', scope: 'global' });

  const groups = helpEntries(definitions);
  const columns = [
    {
      key: 'keys',
      title: t('columns.keys'),
      width: 120,
      render: (_: unknown, item: ShortcutDefinition) => <KeyChord keys={item.keys} />,
    },
    {
      key: 'zh',
      title: '中文',
      render: (_: unknown, item: ShortcutDefinition) => <span lang="zh-CN">{zh()(item.descriptionKey)}</span>,
    },
    {
      key: 'en',
      title: 'English',
      render: (_: unknown, item: ShortcutDefinition) => <span lang="en">{en()(item.descriptionKey)}</span>,
    },
  ];

  return (
    <Modal open={isOpen} onCancel={() => setIsOpen(false)} footer={null} title={t('title')} width={640}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      {groups.map((group) => (
        <section key={group.scope} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{t(`scopes.${group.scope}`)}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey={(item) => `${item.keys}|${item.descriptionKey}`}
            columns={columns}
            dataSource={group.items}
          />
        </section>
      ))}
    </Modal>
  );
}
