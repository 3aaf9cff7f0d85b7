import type { PipelineBoardQuery } from '@meridian/contracts';
import { DatePicker, Flex, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toMinor } from '@/features/deals/internal/money';
import { MemberPicker, TeamPicker } from './Pickers';

export type DealFilterValues = Pick<
  PipelineBoardQuery,
  'ownerId' | 'teamId' | 'closeMonth' | 'amountMin' | 'amountMax' | 'q'
>;

export type DealFiltersProps = { value: DealFilterValues; onChange: (value: DealFilterValues) => void };

/** Owner (me or someone), team, close month, amount range and text: shared by the board and the list. */
export function DealFilters({ value, onChange }: DealFiltersProps) {
  const { t } = useTranslation('deals');
  const set = (patch: Partial<DealFilterValues>) => onChange({ ...value, ...patch });
  const mine = value.ownerId === 'me';
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder={t('filters.search')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q || undefined })}
        style={{ width: 200 }}
        aria-label={t('filters.search')}
      />
      <Select
        aria-label={t('filters.owner')}
        style={{ width: 120 }}
        value={mine ? 'me' : 'all'}
        onChange={(v) => set({ ownerId: v === 'me' ? 'me' : undefined })}
        options={[
          { value: 'all', label: t('filters.everyone') },
          { value: 'me', label: t('filters.mine') },
        ]}
      />
      {!mine ? (
        <MemberPicker
          aria-label={t('filters.owner')}
          style={{ width: 160 }}
          value={value.ownerId}
          onChange={(ownerId) => set({ ownerId: ownerId ?? undefined })}
        />
      ) : null}
      <TeamPicker
        aria-label={t('filters.team')}
        style={{ width: 160 }}
        value={value.teamId}
        onChange={(teamId) => set({ teamId: teamId ?? undefined })}
      />
      <DatePicker
        picker="month"
        aria-label={t('filters.closeMonth')}
        placeholder={t('filters.closeMonth')}
        value={value.closeMonth ? dayjs(`${value.closeMonth}-01`) : null}
        onChange={(d) => set({ closeMonth: d ? d.format('YYYY-MM') : undefined })}
      />
      <InputNumber
        aria-label={t('filters.amountMin')}
        placeholder={t('filters.amountMin')}
        min={0}
        prefix="¥"
        style={{ width: 140 }}
        value={value.amountMin === undefined ? null : value.amountMin / 100}
        onChange={(v) => set({ amountMin: toMinor(v) ?? undefined })}
      />
      <InputNumber
        aria-label={t('filters.amountMax')}
        placeholder={t('filters.amountMax')}
        min={0}
        prefix="¥"
        style={{ width: 140 }}
        value={value.amountMax === undefined ? null : value.amountMax / 100}
        onChange={(v) => set({ amountMax: toMinor(v) ?? undefined })}
      />
    </Flex>
  );
}
