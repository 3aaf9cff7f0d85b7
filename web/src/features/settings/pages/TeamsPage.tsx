import { PlusOutlined } from '@ant-design/icons';
import type { Team } from '@meridian/contracts';
import { Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTeams } from '@/features/settings/api/team-queries';
import { TeamDetail } from '@/features/settings/components/TeamDetail';
import { TeamFormModal } from '@/features/settings/components/TeamFormModal';
import { TeamTree } from '@/features/settings/components/TeamTree';
import { useAbility } from '@/shared/session/session-context';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

type Editing = { mode: 'create'; parentId: string | null } | { mode: 'edit'; team: Team } | null;

export function TeamsPage() {
  const { t } = useTranslation('settings');
  const teams = useTeams();
  const canManage = useAbility('teams.manage');
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const all = teams.data ?? [];
  // The selection lives in the URL (?team=) so that a team can be linked to; first team by default.
  const selected = all.find((team) => team.id === params.get('team')) ?? all[0];

  const handleSelect = (teamId: string) => setParams({ team: teamId }, { replace: true });

  const createButton = canManage ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', parentId: null })}>
      {t('teams.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('teams.title')} description={t('teams.description')} extra={createButton} />
      {teams.isPending ? <Skeleton active /> : null}
      {teams.isError ? <ErrorResult error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {teams.isSuccess && all.length === 0 ? (
        <Card>
          <Empty description={t('teams.empty')}>{createButton}</Empty>
        </Card>
      ) : null}
      {selected ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={9} lg={8}>
            <Card title={t('teams.treeLabel')}>
              <TeamTree teams={all} selectedId={selected.id} onSelect={handleSelect} />
            </Card>
          </Col>
          <Col xs={24} md={15} lg={16}>
            <TeamDetail
              team={selected}
              teams={all}
              canCreate={canManage}
              onEdit={() => setEditing({ mode: 'edit', team: selected })}
              onAddSubTeam={() => setEditing({ mode: 'create', parentId: selected.id })}
              onDeleted={() => setParams({}, { replace: true })}
            />
          </Col>
        </Row>
      ) : null}
      <TeamFormModal
        key={editing?.mode === 'edit' ? editing.team.id : `new-${editing?.parentId ?? ''}`}
        teams={all}
        team={editing?.mode === 'edit' ? editing.team : undefined}
        defaultParentId={editing?.mode === 'create' ? editing.parentId : null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(team) => {
          setEditing(null);
          handleSelect(team.id);
        }}
      />
    </>
  );
}
