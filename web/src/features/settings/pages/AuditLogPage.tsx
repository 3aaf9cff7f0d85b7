import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuditLog } from '@/features/settings/api/audit-queries';
import { AuditFiltersBar } from '@/features/settings/components/AuditFiltersBar';
import { AuditTable } from '@/features/settings/components/AuditTable';
import { readAuditFilters } from '@/features/settings/internal/audit-filters';
import { flattenPages } from '@/shared/api/pages';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { LoadMore } from '@/shared/ui/LoadMore';
import { PageHeader } from '@/shared/ui/PageHeader';

export function AuditLogPage() {
  const { t } = useTranslation('settings');
  const [params] = useSearchParams();
  const auditLog = useAuditLog(readAuditFilters(params));
  const entries = useMemo(() => flattenPages(auditLog.data), [auditLog.data]);
  // Names for the actor filter when the chosen actor is not among the member-search results.
  const knownActors = useMemo(
    () => new Map(entries.flatMap((entry) => (entry.actor ? [[entry.actor.id, entry.actor.name] as const] : []))),
    [entries],
  );

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card>
        <AuditFiltersBar knownActors={knownActors} />
        {auditLog.isError ? (
          <ErrorResult error={auditLog.error} onRetry={() => void auditLog.refetch()} />
        ) : (
          <>
            <AuditTable
              entries={entries}
              isLoading={auditLog.isPending || (auditLog.isFetching && !auditLog.isFetchingNextPage)}
            />
            <LoadMore
              hasMore={auditLog.hasNextPage}
              isLoading={auditLog.isFetchingNextPage}
              onLoadMore={() => void auditLog.fetchNextPage()}
              shown={entries.length}
            />
          </>
        )}
      </Card>
    </>
  );
}
