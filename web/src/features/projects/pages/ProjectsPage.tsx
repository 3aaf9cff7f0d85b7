import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Project } from '@meridian/contracts';
import { Button, Card, Checkbox, Col, Empty, Flex, Input, Row, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { type ProjectFilters, useProjects } from '@/features/projects/api/project-queries';
import { CreateProjectModal } from '@/features/projects/components/CreateProjectModal';
import { ProjectCard } from '@/features/projects/components/ProjectCard';
import { useSession } from '@/shared/session/session-context';
import { ButtonLink } from '@/shared/ui/ButtonLink';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

const STATUSES: Project['status'][] = ['planning', 'active', 'on_hold', 'completed', 'archived'];

/** The projects the member may see, as cards with progress; filters live in the URL. */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const me = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const filters: ProjectFilters = {
    q: params.get('q') || undefined,
    status: (params.get('status') as Project['status'] | null) ?? undefined,
    mine: params.get('mine') === 'true' || undefined,
  };
  const projects = useProjects(filters);
  const role = me.role ?? 'guest';
  const canCreate = role !== 'guest';
  const isAdmin = role === 'owner' || role === 'admin';
  const filtered = Boolean(filters.q || filters.status || filters.mine);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const createButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        extra={
          <Flex gap={8} wrap>
            {isAdmin ? (
              <ButtonLink to="/projects/trash" icon={<DeleteOutlined />}>
                {t('trash')}
              </ButtonLink>
            ) : null}
            {createButton}
          </Flex>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')}
          defaultValue={filters.q}
          onSearch={(value) => setFilter('q', value.trim() || undefined)}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select
          aria-label={t('form.status')}
          value={filters.status ?? ''}
          onChange={(value) => setFilter('status', value || undefined)}
          style={{ width: 140 }}
          options={[
            { value: '', label: t('allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <Checkbox
          checked={Boolean(filters.mine)}
          onChange={(e) => setFilter('mine', e.target.checked ? 'true' : undefined)}
        >
          {t('mine')}
        </Checkbox>
      </Flex>
      {projects.isPending ? <Skeleton active /> : null}
      {projects.isError ? <ErrorResult error={projects.error} onRetry={() => void projects.refetch()} /> : null}
      {projects.isSuccess && projects.data.length === 0 ? (
        <Card>
          <Empty description={filtered ? t('emptyFiltered') : t('empty')}>{filtered ? null : createButton}</Empty>
        </Card>
      ) : null}
      <Row gutter={[16, 16]}>
        {(projects.data ?? []).map((project) => (
          <Col key={project.id} xs={24} sm={12} lg={8} xxl={6}>
            <ProjectCard project={project} />
          </Col>
        ))}
      </Row>
      <CreateProjectModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(project) => {
          setCreating(false);
          void navigate(`/projects/${project.key}`);
        }}
      />
    </>
  );
}
