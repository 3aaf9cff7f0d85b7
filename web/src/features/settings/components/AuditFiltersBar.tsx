import { AutoComplete, Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { type AuditFilterKey, withAuditFilters } from '@/features/settings/internal/audit-filters';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@/features/settings/internal/audit-format';

export type AuditFiltersBarProps = { knownActors: Map<string, string> };

/** Actor, action, target type and date range; all kept in the URL. */
export function AuditFiltersBar({ knownActors }: AuditFiltersBarProps) {
  const { t } = useTranslation('settings');
  const [params, setParams] = useSearchParams();
  const [actorSearch, setActorSearch] = useState('');
  const members = useMemberSearch(useDeferredValue(actorSearch));
  const [action, setAction] = useState(params.get('action') ?? '');
  const set = (changes: Partial<Record<AuditFilterKey, string | null>>) =>
    setParams(withAuditFilters(params, changes), { replace: true });

  const actorId = params.get('actor');
  const actorOptions = (members.data?.items ?? []).map((member) => ({ value: member.userId, label: member.name }));
  if (actorId && !actorOptions.some((option) => option.value === actorId)) {
    actorOptions.unshift({ value: actorId, label: knownActors.get(actorId) ?? actorId });
  }
  const from = params.get('from');
  const to = params.get('to');
  const hasFilters = ['actor', 'action', 'target', 'from', 'to'].some((key) => params.has(key));

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        showSearch={{ filterOption: false, onSearch: setActorSearch }}
        aria-label={t('audit.filters.actor')}
        placeholder={t('audit.filters.actor')}
        value={actorId ?? undefined}
        onChange={(value) => set({ actor: value ?? null })}
        options={actorOptions}
        style={{ width: 180 }}
      />
      <AutoComplete
        allowClear
        aria-label={t('audit.filters.action')}
        placeholder={t('audit.filters.action')}
        value={action}
        onChange={(value) => setAction(value ?? '')}
        onSelect={(value: string) => set({ action: value })}
        onBlur={() => set({ action: action.trim() || null })}
        onClear={() => set({ action: null })}
        options={AUDIT_ACTIONS.filter((item) => item.includes(action.trim())).map((item) => ({
          value: item,
          label: `${t(`audit.actions.${item}`)} (${item})`,
        }))}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        aria-label={t('audit.filters.target')}
        placeholder={t('audit.filters.target')}
        value={params.get('target') ?? undefined}
        onChange={(value) => set({ target: value ?? null })}
        options={AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`audit.targets.${type}`) }))}
        style={{ width: 150 }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.filters.dates')}
        value={from && to ? [dayjs(from), dayjs(to)] : null}
        onChange={(range) =>
          set({
            from: range?.[0] ? range[0].startOf('day').toISOString() : null,
            to: range?.[1] ? range[1].endOf('day').toISOString() : null,
          })
        }
        style={{ maxWidth: '100%' }}
      />
      {hasFilters ? (
        <Button
          onClick={() => {
            setAction('');
            setParams({}, { replace: true });
          }}
        >
          {t('audit.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
