import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from '@meridian/contracts';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type CustomerFilterKey,
  readCustomerFilters,
  withCustomerFilter,
} from '@/features/customers/internal/customer-filters';
import { PROVINCES } from '@/features/customers/internal/provinces';

export type CustomerFiltersBarProps = { hideOwner?: boolean };

/** Search (name, pinyin, initials, phone) and filters, kept in the URL. */
export function CustomerFiltersBar({ hideOwner = false }: CustomerFiltersBarProps) {
  const { t } = useTranslation('customers');
  const [params, setParams] = useSearchParams();
  const filters = readCustomerFilters(params);
  const set = (key: CustomerFilterKey, value?: string | null) =>
    setParams(withCustomerFilter(params, key, value), { replace: true });

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        defaultValue={filters.q}
        placeholder={t('filters.searchPlaceholder')}
        aria-label={t('filters.search')}
        onSearch={(value) => set('q', value.trim())}
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select
        allowClear
        placeholder={t('fields.type')}
        aria-label={t('fields.type')}
        value={filters.type}
        onChange={(value) => set('type', value)}
        options={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        placeholder={t('fields.status')}
        aria-label={t('fields.status')}
        value={filters.status}
        onChange={(value) => set('status', value)}
        options={CUSTOMER_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
        style={{ width: 120 }}
      />
      {hideOwner ? null : (
        <Select
          allowClear
          placeholder={t('fields.owner')}
          aria-label={t('fields.owner')}
          value={filters.ownerId}
          onChange={(value) => set('ownerId', value)}
          options={[
            { value: 'me', label: t('filters.mine') },
            { value: 'none', label: t('filters.pool') },
          ]}
          style={{ width: 130 }}
        />
      )}
      <Select
        allowClear
        showSearch
        placeholder={t('fields.province')}
        aria-label={t('fields.province')}
        value={filters.province}
        onChange={(value) => set('province', value)}
        options={PROVINCES.map((p) => ({ value: p, label: p }))}
        style={{ width: 120 }}
      />
      <Select
        placeholder={t('filters.sort')}
        aria-label={t('filters.sort')}
        value={filters.sort ?? '-updatedAt'}
        onChange={(value) => set('sort', value === '-updatedAt' ? null : value)}
        options={(['-updatedAt', 'name', '-createdAt', '-lastActivityAt'] as const).map((v) => ({
          value: v,
          label: t(`sort.${v}`),
        }))}
        style={{ width: 150 }}
      />
    </Flex>
  );
}
