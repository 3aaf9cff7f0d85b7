import { Button, Flex, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

export type DescriptionEditorProps = {
  value: string;
  canEdit: boolean;
  isSaving: boolean;
  onSave: (value: string) => void;
};

/** Markdown description: read as rendered GFM (raw HTML is never rendered), edit with a preview tab. */
export function DescriptionEditor({ value, canEdit, isSaving, onSave }: DescriptionEditorProps) {
  const { t } = useTranslation('tasks');
  const [draft, setDraft] = useState<string | null>(null);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');

  if (draft === null) {
    return (
      <div>
        {value ? (
          <div className="meridian-markdown">
            <Markdown remarkPlugins={[remarkGfm]} skipHtml>
              {value}
            </Markdown>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('detail.noDescription')}</Typography.Text>
        )}
        {canEdit ? (
          <div>
            <Button size="small" onClick={() => setDraft(value)} style={{ marginTop: 8 }}>
              {t('detail.editDescription')}
            </Button>
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <Flex vertical gap={8}>
      <Segmented
        size="small"
        value={mode}
        onChange={(next) => setMode(next as 'edit' | 'preview')}
        options={[
          { value: 'edit', label: t('detail.write') },
          { value: 'preview', label: t('detail.preview') },
        ]}
      />
      {mode === 'edit' ? (
        <Input.TextArea
          aria-label={t('detail.description')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoSize={{ minRows: 6, maxRows: 20 }}
          maxLength={50000}
          autoFocus
        />
      ) : (
        <div className="meridian-markdown">
          <Markdown remarkPlugins={[remarkGfm]} skipHtml>
            {draft}
          </Markdown>
        </div>
      )}
      <Flex gap={8} justify="flex-end">
        <Button onClick={() => setDraft(null)}>{t('common:actions.cancel')}</Button>
        <Button
          type="primary"
          loading={isSaving}
          onClick={() => {
            onSave(draft);
            setDraft(null);
          }}
        >
          {t('common:actions.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
