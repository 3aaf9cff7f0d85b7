import type { CheckDuplicatesBody } from '@meridian/contracts';
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDuplicateCheck } from '@/features/customers/api/customer-queries';

export type DuplicateWarningProps = { values: CheckDuplicatesBody };

/** 查重 as the name, phone or credit code is typed: "可能重复：… (负责人 …)". */
export function DuplicateWarning({ values }: DuplicateWarningProps) {
  const { t } = useTranslation('customers');
  const [debounced, setDebounced] = useState(values);
  const key = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised key stands for the values.
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(values), 350);
    return () => clearTimeout(timer);
  }, [key]);
  const check = useDuplicateCheck(debounced);
  const duplicates = check.data?.duplicates ?? [];
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type={check.data?.blocking ? 'error' : 'warning'}
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      message={t(check.data?.blocking ? 'duplicates.blocking' : 'duplicates.similar')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {duplicates.map((d) => (
            <li key={d.id}>
              {d.visible ? <Link to={`/customers/${d.id}`}>{d.name}</Link> : <strong>{d.name}</strong>}
              {t('duplicates.detail', {
                owner: d.owner?.name ?? t('pool.tag'),
                fields: d.matchedOn.map((f) => t(`duplicates.on.${f}`)).join(t('common:listSeparator')),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
