import { AppstoreOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePipelineBoard, usePipelines } from '@/features/deals/api/deal-queries';
import { CreateDealModal } from '@/features/deals/components/CreateDealModal';
import { DealBoard } from '@/features/deals/components/DealBoard';
import { DealFilters, type DealFilterValues } from '@/features/deals/components/DealFilters';
import { DealsTable } from '@/features/deals/components/DealsTable';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

/** /deals: the pipeline board (or the list) of one pipeline, with filters and a create button. */
export function DealsPage() {
  const { t } = useTranslation('deals');
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const [filters, setFilters] = useState<DealFilterValues>({});
  const [creating, setCreating] = useState(false);
  const view = params.get('view') === 'list' ? 'list' : 'board';
  const pipelineId = params.get('pipeline') ?? pipelines.data?.find((p) => p.isDefault)?.id ?? pipelines.data?.[0]?.id;
  const board = usePipelineBoard(view === 'board' ? pipelineId : undefined, filters);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  if (pipelines.isError) return <ErrorResult error={pipelines.error} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Select
              aria-label={t('pipeline')}
              style={{ minWidth: 160 }}
              value={pipelineId}
              loading={pipelines.isLoading}
              options={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              onChange={(id) => setParam('pipeline', id)}
            />
            <Segmented
              value={view}
              onChange={(v) => setParam('view', String(v))}
              options={[
                { value: 'board', icon: <AppstoreOutlined />, label: t('views.board') },
                { value: 'list', icon: <UnorderedListOutlined />, label: t('views.list') },
              ]}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          </>
        }
      />
      <DealFilters value={filters} onChange={setFilters} />
      {view === 'list' ? (
        <DealsTable key={JSON.stringify([pipelineId, filters])} pipelineId={pipelineId} filters={filters} />
      ) : board.isError ? (
        <ErrorResult error={board.error} />
      ) : board.data ? (
        <DealBoard board={board.data} filters={filters} />
      ) : (
        <Flex gap={12}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} active style={{ width: 260 }} />
          ))}
        </Flex>
      )}
      <CreateDealModal
        open={creating}
        pipelines={pipelines.data ?? []}
        defaultPipelineId={pipelineId}
        onClose={() => setCreating(false)}
      />
    </>
  );
}
